package com.perftarget.validation;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 目标值 as written, understood: an operator and a number with its unit ({@code ≥1.8万次} is at least 18000 次), a
 * range, a date, a qualitative word, an Excel date serial that slipped in, or nothing this parser understands.
 */
public record TargetValue(Kind kind, String operator, BigDecimal number, String unit, boolean percent) {

    public enum Kind { NUMBER, RANGE, DATE, WORD, EXCEL_SERIAL, UNPARSEABLE }

    private static final String UNIT = "([\\p{IsHan}A-Za-z%‰/²³㎡℃·]{0,8})";
    private static final Pattern NUMBER = Pattern.compile(
            "^(>=|<=|=>|=<|[=≥≤><≧≦])?([+-]?\\d+(?:,\\d{3})*(?:\\.\\d+)?)(万|亿)?" + UNIT + "$");
    private static final Pattern RANGE = Pattern.compile(
            "^(\\d+(?:\\.\\d+)?)(%)?[~～\\-—至](\\d+(?:\\.\\d+)?)(万|亿)?" + UNIT + "$");
    private static final Pattern DATE = Pattern.compile(
            "^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(前|之前|以前)?$|^(\\d{4})年(\\d{1,2})月(底|前|之前)?$");
    private static final Pattern EXCEL_SERIAL = Pattern.compile("^\\d{2},?\\d{3}$");
    private static final Pattern WORD = Pattern.compile("^[\\p{IsHan}]{1,6}$");

    public static TargetValue parse(String written, RuleTables tables) {
        String text = normalize(written);
        if (text.isEmpty()) {
            return unparseable();
        }
        if (EXCEL_SERIAL.matcher(text).matches()) {
            int serial = Integer.parseInt(text.replace(",", ""));
            if (serial >= 20000 && serial <= 60000 && (text.contains(",") || serial >= 40000)) {
                return new TargetValue(Kind.EXCEL_SERIAL, null, BigDecimal.valueOf(serial), null, false);
            }
        }
        Matcher number = NUMBER.matcher(text);
        if (number.matches()) {
            BigDecimal value = new BigDecimal(number.group(2).replace(",", ""));
            value = multiply(value, number.group(3));
            String unit = number.group(4);
            return new TargetValue(Kind.NUMBER, operator(number.group(1)), value, unit, "%".equals(unit));
        }
        Matcher range = RANGE.matcher(text);
        if (range.matches()) {
            String unit = range.group(5).isEmpty() && range.group(2) != null ? range.group(2) : range.group(5);
            // The upper bound stands for the range: a percentage range is checked against 0–100 by its top.
            return new TargetValue(Kind.RANGE, null, multiply(new BigDecimal(range.group(3)), range.group(4)), unit,
                    "%".equals(unit) || "%".equals(range.group(2)));
        }
        if (DATE.matcher(text).matches()) {
            return new TargetValue(Kind.DATE, null, null, null, false);
        }
        if (WORD.matcher(text).matches() && tables.isQualitativeWord(text)) {
            return new TargetValue(Kind.WORD, null, null, text, false);
        }
        return unparseable();
    }

    public boolean isNumeric() {
        return kind == Kind.NUMBER || kind == Kind.RANGE;
    }

    /** Full-width digits, operators and punctuation as ASCII, blanks removed. */
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
            } else if (!Character.isWhitespace(c)) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
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

    private static TargetValue unparseable() {
        return new TargetValue(Kind.UNPARSEABLE, null, null, null, false);
    }
}
