package com.perftarget.process;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.DmnElement;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

import com.perftarget.validation.RuleTables;
import com.perftarget.validation.RuleTablesSource;
import com.perftarget.validation.Severity;

/**
 * The rule tables as deployed in {@code bpmn/validation-rules.dmn} (or redeployed from Camunda Modeler): read into
 * {@link RuleTables} once per deployment. At most every {@value #CHECK_SECONDS} s one query asks whether a newer
 * deployment exists; validation itself never reads the database for its rules.
 */
@Component
public class DeployedRuleTables implements RuleTablesSource {

    static final String CATEGORIES = "indicatorCategories";
    static final String REQUIREMENTS = "requiredCategories";
    static final String WORDS = "qualitativeWords";
    static final String NEGATIVE_KEYWORDS = "negativeIndicatorKeywords";
    static final String ALIASES = "profileAliases";
    private static final long CHECK_SECONDS = 30;

    private final RepositoryService repository;
    private final EngineReads reads;
    private volatile Loaded loaded;

    public DeployedRuleTables(RepositoryService repository, EngineReads reads) {
        this.repository = repository;
        this.reads = reads;
    }

    @Override
    public RuleTables current() {
        Loaded now = loaded;
        if (now == null || now.checkedAt.plus(Duration.ofSeconds(CHECK_SECONDS)).isBefore(Instant.now())) {
            now = refresh();
        }
        return now.tables;
    }

    /**
     * Reads the latest deployed tables if they are newer than those in use. The rules are everyone's: they are read
     * without the caller's authorizations.
     */
    public synchronized Loaded refresh() {
        return reads.withoutAuthorization(this::reload);
    }

    private Loaded reload() {
        DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(CATEGORIES)
                .latestVersion().singleResult();
        if (latest == null) {
            throw new IllegalStateException("the decision tables of validation-rules.dmn are not deployed");
        }
        if (loaded == null || !loaded.definitionId.equals(latest.getId())) {
            loaded = new Loaded(latest.getId(), read(repository.getDmnModelInstance(latest.getId())), Instant.now());
        } else {
            loaded = new Loaded(loaded.definitionId, loaded.tables, Instant.now());
        }
        return loaded;
    }

    public static RuleTables read(DmnModelInstance model) {
        RuleTables tables = new RuleTables();
        for (List<String> row : rows(model, CATEGORIES)) {
            tables.addCategory(row.get(0), row.get(1), row.get(2), row.get(3));
        }
        for (List<String> row : rows(model, REQUIREMENTS)) {
            tables.addRequirement(row.get(0), new RuleTables.Requirement(
                    new LinkedHashSet<>(Arrays.asList(row.get(1).split("\\s*,\\s*"))), Severity.valueOf(row.get(2)),
                    row.get(3)));
        }
        rows(model, WORDS).forEach(row -> tables.addQualitativeWord(row.get(1)));
        rows(model, NEGATIVE_KEYWORDS).forEach(row -> tables.addNegativeKeyword(row.get(1),
                row.get(2).isEmpty() ? List.of() : Arrays.asList(row.get(2).split("\\s*,\\s*"))));
        rows(model, ALIASES).forEach(row -> tables.addAlias(row.get(0), row.get(1)));
        return tables;
    }

    /** Each rule of a decision table as its input entries then output entries, string literals unquoted. */
    private static List<List<String>> rows(DmnModelInstance model, String decisionId) {
        Decision decision = model.getModelElementById(decisionId);
        if (decision == null || !(decision.getExpression() instanceof DecisionTable table)) {
            throw new IllegalStateException("validation-rules.dmn has no decision table " + decisionId);
        }
        return table.getRules().stream().map(DeployedRuleTables::cells).toList();
    }

    private static List<String> cells(Rule rule) {
        Iterator<? extends DmnElement> inputs = rule.getInputEntries().iterator();
        Iterator<? extends DmnElement> outputs = rule.getOutputEntries().iterator();
        List<String> cells = new ArrayList<>();
        inputs.forEachRemaining(entry -> cells.add(literal(entry.getTextContent())));
        outputs.forEachRemaining(entry -> cells.add(literal(entry.getTextContent())));
        return cells;
    }

    private static String literal(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
            return trimmed.substring(1, trimmed.length() - 1);
        }
        return trimmed;
    }

    /** The tables in use, which deployment they came from, and when that was last checked. */
    public record Loaded(String definitionId, RuleTables tables, Instant checkedAt) {
    }
}
