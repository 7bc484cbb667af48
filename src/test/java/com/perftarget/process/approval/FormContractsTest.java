package com.perftarget.process.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.perftarget.process.FormContract;
import com.perftarget.process.FormSubmissionGuard;
import com.perftarget.table.TableField;

/** The forms' contracts follow the table's one declaration, and what they take fits the engine's storage. */
class FormContractsTest {

    @Test
    void theFillFormTakesEveryFieldOfTheTableAndNothingElse() {
        assertThat(FormVariables.FILL_FORM.fields().keySet()).containsExactlyInAnyOrderElementsOf(
                Stream.concat(Arrays.stream(TableField.values()).map(TableField::key),
                        Stream.of(TableField.INDICATORS)).toList());
        assertThat(FormVariables.FILL_FORM.field(TableField.TOTAL_AMOUNT.key()).orElseThrow().kind())
                .isEqualTo(FormContract.Kind.NUMBER);
        assertThat(FormVariables.REVIEW_FORM.fields()).containsOnlyKeys("decision", "opinion");
        assertThat(FormVariables.BY_TASK).containsOnlyKeys(ApprovalProcess.FILL_TARGETS,
                ApprovalProcess.UNIT_FINANCE_REVIEW, ApprovalProcess.BUREAU_REVIEW);
    }

    @Test
    void noFieldTakesMoreThanAnEngineStringVariableStores() {
        for (TableField field : TableField.values()) {
            assertThat(field.maxLength()).as(field.key()).isLessThanOrEqualTo(FormSubmissionGuard.MAX_STRING_LENGTH);
        }
    }
}
