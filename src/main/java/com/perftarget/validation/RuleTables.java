package com.perftarget.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The tabular part of the rules, as the finance bureau keeps it in {@code bpmn/validation-rules.dmn}: which 二级 belong
 * to which 一级 under each profile and what category they are, which categories a table needs, the words a qualitative
 * 目标值 may use, and the keywords of negative indicators. Filled once per deployment of the tables by whoever reads
 * them, then only read.
 */
public final class RuleTables {

    /** A category a table must have (any one of {@code anyOf}), how severe its absence is, and what to say. */
    public record Requirement(Set<String> anyOf, Severity severity, String message) {
    }

    private final Map<String, Map<String, Map<String, String>>> categories = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> homeOfLevel2 = new HashMap<>();
    private final Map<String, List<Requirement>> requirements = new HashMap<>();
    private final Set<String> qualitativeWords = new HashSet<>();
    private final Map<String, List<String>> negativeKeywords = new LinkedHashMap<>();
    private final Map<String, String> aliases = new HashMap<>();

    public void addCategory(String profile, String level1, String level2, String category) {
        categories.computeIfAbsent(profile, p -> new HashMap<>()).computeIfAbsent(normal(level1), l -> new HashMap<>())
                .put(normal(level2), category);
        homeOfLevel2.computeIfAbsent(profile, p -> new HashMap<>()).putIfAbsent(normal(level2), level1);
    }

    public void addRequirement(String profile, Requirement requirement) {
        requirements.computeIfAbsent(profile, p -> new ArrayList<>()).add(requirement);
    }

    public void addQualitativeWord(String word) {
        qualitativeWords.add(word);
    }

    /** A keyword of indicators where less is better, unless the name also has one of {@code unless} (破获, 维修 …). */
    public void addNegativeKeyword(String keyword, List<String> unless) {
        negativeKeywords.put(keyword, List.copyOf(unless));
    }

    /** An older name of a profile that stored unit-years and clients may still use ({@code CZ2021} → {@code MOF101}). */
    public void addAlias(String alias, String profile) {
        aliases.put(alias, profile);
    }

    /** The template families, in the order the rule tables declare them. */
    public Set<String> profiles() {
        return categories.keySet();
    }

    /** Every name a profile may be asked for by: the families and their aliases. */
    public Set<String> profileNames() {
        Set<String> names = new TreeSet<>(categories.keySet());
        names.addAll(aliases.keySet());
        return names;
    }

    /** The family a name stands for (itself, or the family an alias points to), if there is one. */
    public Optional<String> resolve(String profile) {
        if (profile == null) {
            return Optional.empty();
        }
        String family = aliases.getOrDefault(profile, profile);
        return categories.containsKey(family) ? Optional.of(family) : Optional.empty();
    }

    /**
     * Whether the profile places 二级 {@code level2} under 一级 {@code level1}, both already {@link #normal normal}:
     * the evidence family detection counts.
     */
    public boolean placesNormal(String profile, String level1, String level2) {
        return categories.getOrDefault(profile, Map.of()).getOrDefault(level1, Map.of()).containsKey(level2);
    }

    public boolean knowsLevel1(String profile, String level1) {
        return categories.getOrDefault(profile, Map.of()).containsKey(normal(level1));
    }

    /** The category of 二级 {@code level2} under 一级 {@code level1}, if the profile places it there. */
    public Optional<String> category(String profile, String level1, String level2) {
        return Optional.ofNullable(categories.getOrDefault(profile, Map.of())
                .getOrDefault(normal(level1), Map.of()).get(normal(level2)));
    }

    /** The 一级 the profile places {@code level2} under, if it knows it at all. */
    public Optional<String> homeOf(String profile, String level2) {
        return Optional.ofNullable(homeOfLevel2.getOrDefault(profile, Map.of()).get(normal(level2)));
    }

    public List<Requirement> requirements(String profile) {
        return requirements.getOrDefault(profile, List.of());
    }

    public boolean isQualitativeWord(String word) {
        return qualitativeWords.contains(word);
    }

    public Optional<String> negativeKeywordIn(String name) {
        return negativeKeywords.entrySet().stream()
                .filter(keyword -> name.contains(keyword.getKey()))
                .filter(keyword -> keyword.getValue().stream().noneMatch(name::contains))
                .map(Map.Entry::getKey).findFirst();
    }

    /**
     * The label as the rules know it, however a template writes it: without blanks and line breaks, ★ markers, scores
     * ({@code (50分)}, {@code (0-20)分}), notes ({@code （必填）}, {@code (选填)}), other brackets (their words kept:
     * 生态(环境)效益 = 生态环境效益) and the {@code 指标}/{@code 目标} suffix — 产出指标(50分) = 产出目标 = 产出.
     */
    public static String normal(String label) {
        if (label == null) {
            return "";
        }
        String text = label;
        if (needsCleaning(label)) {
            text = BLANKS_AND_MARKERS.matcher(text).replaceAll("");
            text = SCORE_OR_NOTE.matcher(text).replaceAll("");
            text = BRACKETS.matcher(text).replaceAll("");
        }
        for (String suffix : SUFFIXES) {
            if (text.endsWith(suffix) && text.length() > suffix.length()) {
                text = text.substring(0, text.length() - suffix.length());
            }
        }
        return text;
    }

    /** Most labels are plain words: only those with a blank, a marker or a bracket go through the patterns. */
    private static boolean needsCleaning(String label) {
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (Character.isWhitespace(c) || CLEANED.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static final String CLEANED = "\u3000★☆*＊()（）[]【】";
    private static final Pattern BLANKS_AND_MARKERS = Pattern.compile("[\\s\\u3000★☆*＊]+");
    private static final Pattern SCORE_OR_NOTE = Pattern.compile(
            "[(（][^()（）]*(?:\\d\\s*分|必填|选填|硬性|\\d[\\d.\\-~～—–]*)[^()（）]*[)）]分?");
    private static final Pattern BRACKETS = Pattern.compile("[()（）\\[\\]【】]");
    private static final List<String> SUFFIXES = List.of("指标", "目标");
}
