package com.perftarget.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.perftarget.shared.ControlCharacters;
import com.perftarget.shared.FieldError;
import com.perftarget.shared.InvalidInputException;

/**
 * Checks the form of a filed table before anything is saved: required header fields, amounts that are
 * non-negative numbers with at most two decimals, ISO dates in order, indicator rows with a name and a 目标值.
 * Content rules (what finance bureaus send back) are the validation step's job, not this one's.
 */
@Component
public class TableDraftChecker {

    static final int MAX_SHORT_TEXT = 200;
    /** A narrative section: what the form's String variable takes in the engine (varchar(4000)). */
    static final int MAX_LONG_TEXT = 4000;
    static final int MAX_LEVEL_TEXT = 100;
    static final int MAX_INDICATORS = 200;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    public TargetTable check(TableDraft draft, String expectedUnitCode) {
        if (draft == null) {
            throw new InvalidInputException(List.of(new FieldError("table", "没有收到绩效目标表内容")));
        }
        Errors errors = new Errors();
        String projectName = errors.required(TableField.PROJECT_NAME, draft.projectName(), MAX_SHORT_TEXT);
        String unitCode = trimToNull(draft.unitCode());
        if (unitCode != null && !unitCode.equals(expectedUnitCode)) {
            errors.add(TableField.UNIT_CODE.key(), "单位编码必须是本单位的编码 " + expectedUnitCode);
        }
        String fundUse = errors.required(TableField.FUND_USE, draft.fundUse(), MAX_LEVEL_TEXT);
        String leader = errors.required(TableField.LEADER, draft.leader(), 50);
        String contact = errors.required(TableField.CONTACT, draft.contact(), 50);
        String phone = errors.required(TableField.PHONE, draft.phone(), 40);
        LocalDate startDate = errors.date(TableField.START_DATE, draft.startDate());
        LocalDate endDate = errors.date(TableField.END_DATE, draft.endDate());
        if (startDate != null && endDate != null && startDate.isAfter(endDate)) {
            errors.add(TableField.END_DATE.key(), "结束时间（" + endDate + "）不能早于开始时间（" + startDate + "）");
        }
        BigDecimal totalAmount = errors.amount(TableField.TOTAL_AMOUNT, draft.totalAmount());
        BigDecimal yearAmount = errors.amount(TableField.YEAR_AMOUNT, draft.yearAmount());
        BigDecimal lastTotalAmount = errors.amount(TableField.LAST_TOTAL_AMOUNT, draft.lastTotalAmount());
        BigDecimal lastYearAmount = errors.amount(TableField.LAST_YEAR_AMOUNT, draft.lastYearAmount());
        String overview = errors.optional(TableField.OVERVIEW, draft.overview());
        String basis = errors.optional(TableField.BASIS, draft.basis());
        String necessity = errors.optional(TableField.NECESSITY, draft.necessity());
        String measures = errors.optional(TableField.MEASURES, draft.measures());
        String plan = errors.optional(TableField.PLAN, draft.plan());
        String remarks = errors.optional(TableField.REMARKS, draft.remarks());
        String overallGoal = errors.optional(TableField.OVERALL_GOAL, draft.overallGoal());
        String annualGoal = errors.optional(TableField.ANNUAL_GOAL, draft.annualGoal());
        List<Indicator> indicators = checkIndicators(draft.indicators(), errors);

        if (!errors.list.isEmpty()) {
            throw new InvalidInputException(errors.list);
        }
        return new TargetTable(projectName, expectedUnitCode, fundUse, leader, contact, phone, startDate, endDate,
                totalAmount, yearAmount, lastTotalAmount, lastYearAmount, overview, basis, necessity, measures,
                plan, remarks, overallGoal, annualGoal, indicators);
    }

    private List<Indicator> checkIndicators(List<Indicator> rows, Errors errors) {
        if (rows == null) {
            return List.of();
        }
        if (rows.size() > MAX_INDICATORS) {
            errors.add(TableField.INDICATORS, "绩效指标最多 " + MAX_INDICATORS + " 行，现有 " + rows.size() + " 行");
            return List.of();
        }
        List<Indicator> checked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Indicator row = Objects.requireNonNullElse(rows.get(i), new Indicator(null, null, null, null));
            String at = TableField.INDICATORS + "[" + i + "].";
            String rowLabel = "第 " + (i + 1) + " 行绩效指标";
            String level1 = errors.bounded(at + "level1", rowLabel + "的一级指标", row.level1(), MAX_LEVEL_TEXT);
            String level2 = errors.bounded(at + "level2", rowLabel + "的二级指标", row.level2(), MAX_LEVEL_TEXT);
            String name = errors.bounded(at + "name", rowLabel + "的三级指标", row.name(), MAX_SHORT_TEXT);
            String target = errors.bounded(at + "target", rowLabel + "的目标值", row.target(), MAX_SHORT_TEXT);
            if (trimToNull(row.name()) == null) {
                errors.add(at + "name", rowLabel + "缺少三级指标名称");
            }
            if (trimToNull(row.target()) == null) {
                errors.add(at + "target", rowLabel + "缺少目标值");
            }
            checked.add(new Indicator(level1, level2, name, target));
        }
        return checked;
    }

    static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Collects the errors of one draft. */
    private static final class Errors {
        private final List<FieldError> list = new ArrayList<>();

        void add(String field, String message) {
            list.add(new FieldError(field, message));
        }

        String required(TableField field, String raw, int maxLength) {
            if (trimToNull(raw) == null) {
                add(field.key(), field.label() + "不能为空");
                return null;
            }
            return bounded(field.key(), field.label(), raw, maxLength);
        }

        String optional(TableField field, String raw) {
            return bounded(field.key(), field.label(), raw, MAX_LONG_TEXT);
        }

        String bounded(String key, String label, String raw, int maxLength) {
            if (ControlCharacters.in(raw)) {
                add(key, ControlCharacters.message(label));
                return null;
            }
            String value = trimToNull(raw);
            if (value != null && value.length() > maxLength) {
                add(key, label + "最多 " + maxLength + " 个字，现有 " + value.length() + " 个字");
                return null;
            }
            return value;
        }

        LocalDate date(TableField field, String raw) {
            String value = trimToNull(raw);
            if (value == null) {
                add(field.key(), field.label() + "不能为空");
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                add(field.key(), field.label() + "「" + abbreviate(value) + "」不是有效日期，应写作 2021-01-01 的格式");
                return null;
            }
        }

        BigDecimal amount(TableField field, String raw) {
            String value = trimToNull(raw);
            if (value == null) {
                add(field.key(), field.label() + "不能为空");
                return null;
            }
            BigDecimal amount;
            try {
                amount = new BigDecimal(withoutThousandsSeparators(value));
            } catch (NumberFormatException e) {
                add(field.key(), field.label() + "「" + abbreviate(value) + "」不是数字，请填写以万元为单位的金额");
                return null;
            }
            if (amount.signum() < 0) {
                add(field.key(), field.label() + "不能为负数");
                return null;
            }
            if (amount.stripTrailingZeros().scale() > 2) {
                add(field.key(), field.label() + "最多保留两位小数（万元）");
                return null;
            }
            if (amount.compareTo(MAX_AMOUNT) > 0) {
                add(field.key(), field.label() + "超出可填写的范围");
                return null;
            }
            return amount.setScale(2);
        }

        /**
         * The one rule for separators: commas are read only where they group thousands ({@code 1,000.50} is
         * 1000.50); anywhere else ({@code 1,0}) the value is no number.
         */
        private static String withoutThousandsSeparators(String value) {
            if (value.indexOf(',') < 0) {
                return value;
            }
            if (!THOUSANDS.matcher(value).matches()) {
                throw new NumberFormatException(value);
            }
            return value.replace(",", "");
        }

        private static String abbreviate(String value) {
            return value.length() <= 30 ? value : value.substring(0, 30) + "…";
        }
    }
}
