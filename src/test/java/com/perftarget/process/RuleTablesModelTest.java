package com.perftarget.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.DmnElement;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

/**
 * The application reads the validation rules' decision tables cell by cell, without FEEL: every cell it reads must
 * be a plain string literal ({@code "…"}, no quote or backslash inside), or {@code -} / empty where a cell means
 * "any"; severities must be ours. A cell written as a FEEL expression in Camunda Modeler fails here, not in use.
 */
class RuleTablesModelTest {

    private static final Pattern PLAIN_LITERAL = Pattern.compile("\"[^\"\\\\]*\"");
    /** The tables read, with how many cells (inputs and outputs) each rule has. */
    private static final Map<String, Integer> TABLES = Map.of(DeployedRuleTables.CATEGORIES, 4,
            DeployedRuleTables.REQUIREMENTS, 4, DeployedRuleTables.WORDS, 2, DeployedRuleTables.NEGATIVE_KEYWORDS, 3,
            DeployedRuleTables.ALIASES, 2);

    @Test
    void everyCellTheApplicationReadsIsAPlainLiteral() throws Exception {
        DmnModelInstance model;
        try (InputStream dmn = getClass().getResourceAsStream("/bpmn/validation-rules.dmn")) {
            model = Dmn.readModelFromStream(dmn);
        }
        TABLES.forEach((id, cells) -> {
            Decision decision = model.getModelElementById(id);
            assertThat(decision).as(id).isNotNull();
            DecisionTable table = (DecisionTable) decision.getExpression();
            assertThat(table.getRules()).as(id).isNotEmpty();
            for (Rule rule : table.getRules()) {
                assertThat(rule.getInputEntries().size() + rule.getOutputEntries().size()).as(rule.getId())
                        .isEqualTo(cells);
                rule.getInputEntries().forEach(entry -> assertPlain(rule, entry));
                rule.getOutputEntries().forEach(entry -> assertPlain(rule, entry));
            }
        });
        // And the reader takes them all: severities are ours, lists split, nothing left over.
        assertThat(DeployedRuleTables.read(model)).isNotNull();
    }

    private static void assertPlain(Rule rule, DmnElement entry) {
        String text = entry.getTextContent() == null ? "" : entry.getTextContent().strip();
        assertThat(text.isEmpty() || text.equals("-") || PLAIN_LITERAL.matcher(text).matches())
                .as(rule.getId() + " cell " + entry.getId() + ": " + text).isTrue();
    }
}
