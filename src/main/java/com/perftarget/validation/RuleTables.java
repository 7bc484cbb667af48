package com.perftarget.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    private final Map<String, Map<String, Map<String, String>>> categories = new HashMap<>();
    private final Map<String, Map<String, String>> homeOfLevel2 = new HashMap<>();
    private final Map<String, List<Requirement>> requirements = new HashMap<>();
    private final Set<String> qualitativeWords = new HashSet<>();
    private final Map<String, List<String>> negativeKeywords = new LinkedHashMap<>();

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

    public Set<String> profiles() {
        return categories.keySet();
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

    /** The common written forms are one: 产出 = 产出指标, 数量 = 数量指标, 服务对象满意度 = 服务对象满意度指标. */
    static String normal(String label) {
        if (label == null) {
            return "";
        }
        String trimmed = label.strip().replaceAll("\\s+", "");
        return trimmed.endsWith("指标") && trimmed.length() > 2 ? trimmed.substring(0, trimmed.length() - 2) : trimmed;
    }
}
