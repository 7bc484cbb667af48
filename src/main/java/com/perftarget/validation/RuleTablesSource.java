package com.perftarget.validation;

/** Where the current rule tables come from (the deployed DMN tables); they are read once per deployment. */
public interface RuleTablesSource {

    RuleTables current();
}
