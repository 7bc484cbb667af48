package com.perftarget.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.perftarget.shared.ControlCharacters;
import com.perftarget.shared.FieldError;
import com.perftarget.shared.InvalidInputException;

/**
 * The one place that decides whether a table is well-formed, before anything is saved: required header fields,
 * lengths storage takes, no control characters, amounts that are non-negative numbers with at most two decimals,
 * ISO dates in order, indicator rows with a name and a 目标值. Each refusal has a rule id; the validator reports the
 * same refusals as its ERRORs instead of wording them again. Content rules (what finance bureaus send back) are the
 * validation step's job, not this one's.
 */
@Component
public class TableDraftChecker {

    static final int MAX_SHORT_TEXT = 200;
    static final int MAX_LEVEL_TEXT = 100;
    public static final int MAX_INDICATORS = 200;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    /** One thing the check refuses: its rule id, the field (glossary name), the value as sent, a Chinese message. */
    public record Refusal(String rule, String field, String value, String message) {
        FieldError asFieldError() {
            return new FieldError(field, message);
        }
    }

    /** What the check found: the refusals, and the typed value of every header field it accepted. */
    public record Inspection(List<Refusal> refusals, Map<TableField, Object> values, List<Indicator> indicators) {
    }

    /** The typed table, or {@link InvalidInputException} naming every bad field (nothing is saved). */
    public TargetTable check(TableDraft draft, String expectedUnitCode) {
        if (draft == null) {
            throw new InvalidInputException(List.of(new FieldError("table", "没有收到绩效目标表内容")));
        }
        Inspection inspection = inspect(draft, expectedUnitCode);
        if (!inspection.refusals().isEmpty()) {
            throw new InvalidInputException(inspection.refusals().stream().map(Refusal::asFieldError).toList());
        }
        return TargetTable.of(inspection.values()::get, inspection.indicators());
    }

    /** Checks every field of a draft without throwing. */
    public Inspection inspect(TableDraft draft, String expectedUnitCode) {
        Errors errors = new Errors();
        Map<TableField, Object> values = new EnumMap<>(TableField.class);
        for (TableField field : TableField.values()) {
            String raw = field.of(draft);
            Object value = switch (field.kind()) {
                case TEXT -> errors.required(field, raw);
                case UNIT -> errors.unit(field, raw, expectedUnitCode);
                case LONG_TEXT -> errors.bounded("text", field.key(), field.label(), raw, field.maxLength());
                case DATE -> errors.date(field, raw);
                case AMOUNT -> errors.amount(field.key(), field.label(), raw);
            };
            if (value != null) {
                values.put(field, value);
            }
        }
        if (values.get(TableField.START_DATE) instanceof LocalDate start
                && values.get(TableField.END_DATE) instanceof LocalDate end && start.isAfter(end)) {
            errors.add("period.order", TableField.END_DATE.key(), end.toString(),
                    "结束时间（" + end + "）不能早于开始时间（" + start + "）");
        }
        List<Indicator> indicators = checkIndicators(draft.indicators(), errors);
        return new Inspection(List.copyOf(errors.list), values, indicators);
    }

    private List<Indicator> checkIndicators(List<Indicator> rows, Errors errors) {
        if (rows == null) {
            return List.of();
        }
        if (rows.size() > MAX_INDICATORS) {
            errors.add("indicator.tooMany", TableField.INDICATORS, String.valueOf(rows.size()),
                    "绩效指标最多 " + MAX_INDICATORS + " 行，现有 " + rows.size() + " 行");
            return List.of();
        }
        List<Indicator> checked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Indicator row = Objects.requireNonNullElse(rows.get(i), new Indicator(null, null, null, null));
            String at = TableField.INDICATORS + "[" + i + "].";
            String rowLabel = "第 " + (i + 1) + " 行绩效指标";
            String level1 = errors.bounded("text", at + "level1", rowLabel + "的一级指标", row.level1(), MAX_LEVEL_TEXT);
            String level2 = errors.bounded("text", at + "level2", rowLabel + "的二级指标", row.level2(), MAX_LEVEL_TEXT);
            String name = errors.bounded("text", at + "name", rowLabel + "的三级指标", row.name(), MAX_SHORT_TEXT);
            String target = errors.bounded("text", at + "target", rowLabel + "的目标值", row.target(), MAX_SHORT_TEXT);
            if (trimToNull(row.name()) == null) {
                errors.add("indicator.incomplete", at + "name", null, rowLabel + "缺少三级指标名称");
            }
            if (trimToNull(row.target()) == null) {
                errors.add("indicator.incomplete", at + "target", null, rowLabel + "缺少目标值");
            }
            checked.add(new Indicator(level1, level2, name, target));
        }
        return checked;
    }

    /**
     * An amount (万元) checked as the table's amounts are; {@code null} when it is refused, the refusal added to
     * {@code errors}.
     */
    public static BigDecimal amount(String key, String label, String raw, List<FieldError> errors) {
        Errors found = new Errors();
        BigDecimal amount = found.amount(key, label, raw);
        found.list.forEach(refusal -> errors.add(refusal.asFieldError()));
        return amount;
    }

    static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Collects the refusals of one draft. */
    private static final class Errors {
        private final List<Refusal> list = new ArrayList<>();

        void add(String rule, String field, String value, String message) {
            list.add(new Refusal(rule, field, value, message));
        }

        String required(TableField field, String raw) {
            if (trimToNull(raw) == null) {
                add("header.required", field.key(), null, field.label() + "不能为空");
                return null;
            }
            return bounded("text", field.key(), field.label(), raw, field.maxLength());
        }

        /** The unit's code is the submission's; a draft may leave it out but not name another unit. */
        String unit(TableField field, String raw, String expectedUnitCode) {
            String unitCode = trimToNull(raw);
            if (unitCode != null && !unitCode.equals(expectedUnitCode)) {
                add("header.unitCode", field.key(), abbreviate(unitCode),
                        "单位编码必须是本单位的编码 " + expectedUnitCode);
                return null;
            }
            return expectedUnitCode;
        }

        String bounded(String rule, String key, String label, String raw, int maxLength) {
            if (ControlCharacters.in(raw)) {
                add(rule + ".control", key, null, ControlCharacters.message(label));
                return null;
            }
            String value = trimToNull(raw);
            if (value != null && value.length() > maxLength) {
                add(rule + ".tooLong", key, abbreviate(value),
                        label + "最多 " + maxLength + " 个字，现有 " + value.length() + " 个字");
                return null;
            }
            return value;
        }

        LocalDate date(TableField field, String raw) {
            String value = trimToNull(raw);
            if (value == null) {
                add("header.required", field.key(), null, field.label() + "不能为空");
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                add("period.date", field.key(), abbreviate(value),
                        field.label() + "「" + abbreviate(value) + "」不是有效日期，应写作 2021-01-01 的格式");
                return null;
            }
        }

        BigDecimal amount(String key, String label, String raw) {
            String value = trimToNull(raw);
            if (value == null) {
                add("header.required", key, null, label + "不能为空");
                return null;
            }
            BigDecimal amount;
            try {
                amount = new BigDecimal(withoutThousandsSeparators(value));
            } catch (NumberFormatException e) {
                add("amount.notNumber", key, abbreviate(value),
                        label + "「" + abbreviate(value) + "」不是数字，请填写以万元为单位的金额");
                return null;
            }
            if (amount.signum() < 0) {
                add("amount.negative", key, value, label + "不能为负数");
                return null;
            }
            if (amount.stripTrailingZeros().scale() > 2) {
                add("amount.scale", key, value, label + "最多保留两位小数（万元）");
                return null;
            }
            if (amount.compareTo(MAX_AMOUNT) > 0) {
                add("amount.range", key, abbreviate(value), label + "超出可填写的范围");
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
