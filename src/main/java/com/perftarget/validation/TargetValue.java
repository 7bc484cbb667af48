package com.perftarget.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 目标值 as real approved tables write it, understood: an operator and a number with its unit ({@code ≥1.8万次} is at
 * least 18000 次; {@code >=}, {@code ≧}, {@code 95%以上}, {@code 不超过5万元} too), a range, a date or month
 * ({@code 2023年12月底前}, {@code 2023.07-2024.01}), a qualitative word of the rule tables' vocabulary
 * ({@code 稳步提高}), a statement of how or when ({@code 按月安排}, {@code 符合相关规定}), a template placeholder left in
 * ({@code ≥**%}, a unit alone), or nothing this parser understands. Whether a bare number is an Excel date serial
 * depends on the indicator, so the validator decides that ({@link #serialCandidate()}).
 */
public record TargetValue(Kind kind, String operator, BigDecimal number, String unit, boolean percent) {

    public enum Kind { NUMBER, RANGE, DATE, WORD, STATEMENT, PLACEHOLDER, UNPARSEABLE }

    private static final String UNIT = "([\\p{IsHan}A-Za-z%‰/²³㎡℃·]{0,8})";
    private static final String OPERATOR = "(>=|<=|=>|=<|[=≥≤><≧≦])?";
    private static final Pattern NUMBER = Pattern.compile(
            "^" + OPERATOR + "([+-]?\\d+(?:,\\d{3})*(?:\\.\\d+)?)(万|亿)?" + UNIT + "$");
    private static final Pattern RANGE = Pattern.compile(
            "^(\\d+(?:\\.\\d+)?)(%)?[~～\\-—至](\\d+(?:\\.\\d+)?)(万|亿)?" + UNIT + "$");
    private static final String YEAR = "(?:19|20)\\d{2}";
    private static final String BEFORE = "(?:前|之前|以前|内|以内)?";
    private static final List<Pattern> DATES = List.of(
            Pattern.compile("^" + YEAR + "[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?" + BEFORE + "$"),
            Pattern.compile("^" + YEAR + "年\\d{1,2}月(?:份|底|末|中旬|上旬|下旬)?" + BEFORE + "$"),
            Pattern.compile("^" + YEAR + "年(?:年)?(?:底|末|内|上半年|下半年)" + BEFORE + "$"),
            Pattern.compile("^\\d{1,2}月(?:份|底|末)?" + BEFORE + "$"),
            Pattern.compile("^(?:本年|当年|年)(?:底|末|内)" + BEFORE + "$"),
            Pattern.compile("^" + YEAR + "\\.(?:0?[1-9]|1[0-2])(?:[-~～—至]" + YEAR + "\\.(?:0?[1-9]|1[0-2]))?$"),
            Pattern.compile("^" + YEAR + "年\\d{1,2}月[-~～—至]" + YEAR + "年\\d{1,2}月$"));
    private static final Pattern STATEMENT = Pattern.compile(
            "^(?:按|依照|依据|根据|参照|严格执行|严格按照|执行|符合|控制在|在|于)[\\p{IsHan}\\p{N}“”\"、，,()（）.%]{1,40}$");
    private static final Pattern PLACEHOLDER = Pattern.compile("[*＊]|^" + OPERATOR + "(?:[xX×]{1,3})" + UNIT + "$");
    /** A unit with no number: a template cell where only the unit was filled in. */
    private static final Pattern UNIT_ONLY = Pattern.compile("^" + OPERATOR
            + "(?:%|‰|[万亿]?元|个|人|人次|次|件|项|台|套|辆|平方米|㎡|米|公里|千米|天|日|年|月|亩|万亩|家|所|篇|册|户|处|条|张"
            + "|份|场|期|批|座|棵|株|吨|小时|万人|万人次)$");
    private static final Pattern STRAY_UNIT = Pattern.compile("^(.+?)(%|‰)$");
    private static final Pattern AT_LEAST = Pattern.compile("^(?:不低于|不少于|大于等于|达到|超过)(.+)$|^(.+?)(?:及以上|以上)$");
    private static final Pattern AT_MOST = Pattern.compile("^(?:不超过|不高于|不大于|小于等于)(.+)$|^(.+?)(?:及以下|以下|以内)$"
            + "|^控制在(.+?)(?:以内|之内|内)$");

    public static TargetValue parse(String written, RuleTables tables) {
        String text = normalize(written);
        if (text.isEmpty()) {
            return of(Kind.UNPARSEABLE);
        }
        if (PLACEHOLDER.matcher(text).find() || UNIT_ONLY.matcher(text).matches()) {
            return of(Kind.PLACEHOLDER);
        }
        if (mayBeDate(text)) {
            for (Pattern date : DATES) {
                if (date.matcher(text).matches()) {
                    return of(Kind.DATE);
                }
            }
        }
        if (mayBeWorded(text)) {
            TargetValue worded = worded(text, AT_LEAST, "≥");
            if (worded == null) {
                worded = worded(text, AT_MOST, "≤");
            }
            if (worded != null) {
                return worded;
            }
        }
        TargetValue number = number(text);
        if (number != null) {
            return number;
        }
        TargetValue range = range(text);
        if (range != null) {
            return range;
        }
        if (tables.isQualitativeWord(text)) {
            return new TargetValue(Kind.WORD, null, null, null, false);
        }
        Matcher strayUnit = STRAY_UNIT.matcher(text);
        if (strayUnit.matches() && tables.isQualitativeWord(strayUnit.group(1))) {
            return new TargetValue(Kind.WORD, null, null, strayUnit.group(2), false);
        }
        if (STATEMENT.matcher(text).matches()) {
            return of(Kind.STATEMENT);
        }
        return of(Kind.UNPARSEABLE);
    }

    /** The words {@link #AT_LEAST} and {@link #AT_MOST} look for all have one of these characters. */
    private static boolean mayBeWorded(String text) {
        return text.indexOf('以') >= 0 || text.indexOf('不') >= 0 || text.indexOf('于') >= 0 || text.indexOf('达') >= 0
                || text.indexOf('超') >= 0 || text.indexOf('控') >= 0;
    }

    /** Every date form has 年, 月 or 日, or starts with a year and a separator ({@code 2023.07}, {@code 2021-12-31}). */
    private static boolean mayBeDate(String text) {
        return text.indexOf('年') >= 0 || text.indexOf('月') >= 0 || text.indexOf('日') >= 0
                || text.length() >= 6 && (text.startsWith("19") || text.startsWith("20")) && ".-/".indexOf(text.charAt(4)) >= 0;
    }

    public boolean isNumeric() {
        return kind == Kind.NUMBER || kind == Kind.RANGE;
    }

    /** No unit written ({@code 8}, {@code =44,561}): a WARNING unless the indicator says what is certainly wrong. */
    public boolean withoutUnit() {
        return isNumeric() && (unit == null || unit.isEmpty());
    }

    /** A whole number without unit in the range Excel counts days since 1900 for dates 1954–2064. */
    public boolean serialCandidate() {
        return kind == Kind.NUMBER && withoutUnit() && number.signum() > 0 && number.stripTrailingZeros().scale() <= 0
                && number.compareTo(BigDecimal.valueOf(20_000)) >= 0 && number.compareTo(BigDecimal.valueOf(60_000)) <= 0;
    }

    /** A money unit and a percent sign in one value ({@code 28.8万元%}): one of the two is wrong. */
    public boolean moneyWithPercent() {
        return isNumeric() && unit != null && unit.contains("元") && (unit.contains("%") || unit.contains("‰"));
    }

    public boolean hasCurrency() {
        return unit != null && unit.contains("元");
    }

    /**
     * Full-width digits, operators and punctuation as ASCII, 百分比 as %, blanks and closing punctuation removed.
     */
    static String normalize(String written) {
        if (written == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(written.length());
        written.strip().codePoints().forEach(c -> {
            if (c >= 0xFF10 && c <= 0xFF19) {
                out.append((char) ('0' + c - 0xFF10));
            } else if (c == 0xFF1D) {
                out.append('=');
            } else if (c == 0xFF1E) {
                out.append('>');
            } else if (c == 0xFF1C) {
                out.append('<');
            } else if (c == 0xFF05) {
                out.append('%');
            } else if (c == 0xFF0E) {
                out.append('.');
            } else if (c == 0xFF0C) {
                out.append(',');
            } else if (c == 0xFF5E) {
                out.append('~');
            } else if (!Character.isWhitespace(c) && c != 0x3000) {
                out.appendCodePoint(c);
            }
        });
        String text = out.toString().replace("百分比", "%").replace("百分之", "");
        while (!text.isEmpty() && "。；;，,、".indexOf(text.charAt(text.length() - 1)) >= 0) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    private static TargetValue number(String text) {
        Matcher number = NUMBER.matcher(text);
        if (!number.matches()) {
            return null;
        }
        BigDecimal value = multiply(new BigDecimal(number.group(2).replace(",", "")), number.group(3));
        String unit = number.group(4);
        return new TargetValue(Kind.NUMBER, operator(number.group(1)), value, unit, "%".equals(unit));
    }

    private static TargetValue range(String text) {
        Matcher range = RANGE.matcher(text);
        if (!range.matches()) {
            return null;
        }
        String unit = range.group(5).isEmpty() && range.group(2) != null ? range.group(2) : range.group(5);
        // The upper bound stands for the range: a percentage range is checked against 0–100 by its top.
        return new TargetValue(Kind.RANGE, null, multiply(new BigDecimal(range.group(3)), range.group(4)), unit,
                "%".equals(unit) || "%".equals(range.group(2)));
    }

    /** {@code 95%以上}, {@code 不超过5万元}: the words stand for an operator. */
    private static TargetValue worded(String text, Pattern words, String operator) {
        Matcher matcher = words.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        for (int group = 1; group <= matcher.groupCount(); group++) {
            if (matcher.group(group) != null) {
                TargetValue number = number(matcher.group(group));
                return number == null || !"=".equals(number.operator) ? null
                        : new TargetValue(Kind.NUMBER, operator, number.number, number.unit, number.percent);
            }
        }
        return null;
    }

    private static String operator(String written) {
        if (written == null) {
            return "=";
        }
        return switch (written) {
            case ">=", "=>", "≧" -> "≥";
            case "<=", "=<", "≦" -> "≤";
            default -> written;
        };
    }

    private static BigDecimal multiply(BigDecimal value, String multiplier) {
        if ("万".equals(multiplier)) {
            return value.multiply(BigDecimal.valueOf(10_000));
        }
        if ("亿".equals(multiplier)) {
            return value.multiply(BigDecimal.valueOf(100_000_000));
        }
        return value;
    }

    private static TargetValue of(Kind kind) {
        return new TargetValue(kind, null, null, null, false);
    }
}
