package com.perftarget.process.approval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.perftarget.process.FormContract;
import com.perftarget.process.FormText;
import com.perftarget.process.TaskVariable;
import com.perftarget.shared.FieldError;
import com.perftarget.shared.InvalidInputException;
import com.perftarget.table.Indicator;
import com.perftarget.table.TableDraft;
import com.perftarget.table.TableField;
import com.perftarget.table.TargetTable;

/**
 * The table as the Camunda Forms see it: one variable per header and narrative field (text; amounts as text so
 * that no binary floating point touches them) and {@code indicators} as a JSON list. Forms are shown them when
 * opened ({@link ApprovalFormPresenter}) and submit them back for the completion only: none is stored by the engine.
 */
public final class FormVariables {

    public static final String INDICATORS = TableField.INDICATORS;
    /** The reviewer's 通过/退回, as the review form submits it (the gateway reads {@link ApprovalProcess#DECISION}). */
    public static final TaskVariable<String> DECISION =
            new TaskVariable<>(ApprovalProcess.DECISION.name(), String.class);
    public static final TaskVariable<String> OPINION = new TaskVariable<>("opinion", String.class);
    /** The notices the forms show beside the table (Markdown, see {@code FormText}). */
    public static final TaskVariable<String> RETURN_NOTICE = new TaskVariable<>("returnNotice", String.class);
    public static final TaskVariable<String> VALIDATION_MESSAGES =
            new TaskVariable<>("validationMessages", String.class);
    public static final TaskVariable<String> REVIEW_HISTORY = new TaskVariable<>("reviewHistory", String.class);
    public static final TaskVariable<String> CHANGES = new TaskVariable<>("changes", String.class);

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the 填报 form submits: every header and narrative field, and the indicator rows. */
    public static final FormContract FILL_FORM = FormContract.of(Stream.concat(
            Arrays.stream(TableField.values()).map(field -> new FormContract.Field(field.key(), field.label(),
                    field.kind() == TableField.Kind.AMOUNT ? FormContract.Kind.NUMBER : FormContract.Kind.TEXT)),
            Stream.of(new FormContract.Field(INDICATORS, "绩效指标", FormContract.Kind.JSON_LIST))).toList());

    /** What a review form submits: the decision and the opinion. */
    public static final FormContract REVIEW_FORM = FormContract.of(List.of(
            FormContract.Field.kept(DECISION.name(), "审核结论", FormContract.Kind.TEXT),
            new FormContract.Field(OPINION.name(), "审核意见", FormContract.Kind.TEXT)));

    /** Each user task of the approval and what its form may submit. */
    public static final Map<String, FormContract> BY_TASK = Map.of(
            ApprovalProcess.FILL_TARGETS, FILL_FORM,
            ApprovalProcess.UNIT_FINANCE_REVIEW, REVIEW_FORM,
            ApprovalProcess.BUREAU_REVIEW, REVIEW_FORM);

    private FormVariables() {
    }

    public static VariableMap none() {
        return Variables.createVariables();
    }

    public static VariableMap of(TargetTable table) {
        return of(TableDraft.of(table));
    }

    /** The variables of a table in the form the fill form submits them. */
    public static VariableMap of(TableDraft draft) {
        VariableMap variables = Variables.createVariables();
        for (TableField field : TableField.values()) {
            variables.putValue(field.key(), field.of(draft));
        }
        variables.putValue(INDICATORS, indicatorsJson(draft.indicators() == null ? List.of() : draft.indicators()));
        return variables;
    }

    /**
     * Reads back what a form (or a client through the same path) submitted to the task; a field not submitted keeps
     * its value in {@code current}, so that a completion without the table files the table as it stands.
     */
    public static TableDraft draftFrom(VariableScope task, TableDraft current) {
        return TableDraft.of(field -> task.hasVariable(field.key()) ? text(task, field) : field.of(current),
                task.hasVariable(INDICATORS) ? indicatorsFrom(submittedIndicators(task)) : current.indicators());
    }

    /** The list as sent: JSON is read here, so that a malformed one is a named input error, not an engine failure. */
    private static Object submittedIndicators(VariableScope task) {
        TypedValue value = task.getVariableTyped(INDICATORS, false);
        if (value instanceof SerializableValue json && !json.isDeserialized()) {
            return json.getValueSerialized();
        }
        return value == null ? null : value.getValue();
    }

    public static Object indicatorsJson(List<Indicator> indicators) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(indicators)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("indicators cannot be written as JSON", e);
        }
    }

    private static String text(VariableScope task, TableField field) {
        Object value = task.getVariable(field.key());
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    private static List<Indicator> indicatorsFrom(Object value) {
        if (value == null) {
            return List.of();
        }
        Object parsed = value;
        try {
            if (!(value instanceof Collection<?>)) {
                parsed = JSON.readValue(value.toString(), Object.class);
            }
        } catch (JsonProcessingException e) {
            throw badIndicators();
        }
        if (!(parsed instanceof Collection<?> rows)) {
            throw badIndicators();
        }
        List<Indicator> indicators = new ArrayList<>();
        for (Object row : rows) {
            if (!(row instanceof Map<?, ?> cells)) {
                throw badIndicators();
            }
            indicators.add(new Indicator(cell(cells, "level1"), cell(cells, "level2"), cell(cells, "name"),
                    cell(cells, "target")));
        }
        return indicators;
    }

    private static String cell(Map<?, ?> cells, String key) {
        Object value = cells.get(key);
        return value == null ? null : value.toString();
    }

    private static InvalidInputException badIndicators() {
        return new InvalidInputException(List.of(new FieldError(INDICATORS, "绩效指标应是由一级指标、二级指标、三级指标、目标值组成的行")));
    }

}
