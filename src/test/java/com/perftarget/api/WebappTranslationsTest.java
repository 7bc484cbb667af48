package com.perftarget.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The webapps speak Chinese to administrators and users: for Tasklist, Cockpit, Admin and Welcome our {@code zh.json}
 * has exactly the keys of the English file shipped in the webapp jar of this Camunda version (a key the webapp looks
 * up and we lack would show as its raw name; one we have and it lacks is dead), keeps every placeholder, is Chinese
 * and not English left over, and the app's config.js offers it first.
 */
class WebappTranslationsTest {

    private static final String APP = "/META-INF/resources/webjars/camunda/app/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*\\w+\\s*}}|%[sd]|\\{}");
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{3,}");
    /** Names that stay as they are in Chinese too. */
    private static final Set<String> KEPT = Set.of("Camunda", "Cockpit", "Tasklist", "Optimize", "Camunda Cockpit",
            "CSV", "JSON", "YYYY-MM-DDTHH:mm:ss", "null", "Ok");
    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void theChineseFileHasExactlyTheKeysOfTheShippedEnglishOneAndIsChinese(String app) throws IOException {
        Map<String, JsonNode> english = flat(read(APP + app + "/locales/en.json"));
        Map<String, JsonNode> chinese = flat(read(APP + app + "/locales/zh.json"));
        assertThat(chinese.keySet()).as(app + ": keys of zh.json against en.json")
                .containsExactlyInAnyOrderElementsOf(english.keySet());
        english.forEach((key, value) -> {
            if (value.isTextual()) {
                String zh = chinese.get(key).asText();
                assertThat(PLACEHOLDER.matcher(zh).results().map(m -> m.group().replace(" ", "")).sorted().toList())
                        .as(app + " " + key + " keeps the placeholders of「" + value.asText() + "」")
                        .isEqualTo(PLACEHOLDER.matcher(value.asText()).results()
                                .map(m -> m.group().replace(" ", "")).sorted().toList());
                if (ENGLISH_WORD.matcher(value.asText()).find() && !KEPT.contains(value.asText().strip())
                        && !key.startsWith("labels.PLGN_SEAR_EXPI_CSV") && !value.asText().contains("<a ")) {
                    assertThat(zh).as(app + " " + key + " is translated").isNotEqualTo(value.asText());
                }
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void theAppOffersChineseFirst(String app) throws IOException {
        String config;
        try (InputStream in = getClass().getResourceAsStream(APP + app + "/scripts/config.js")) {
            assertThat(in).as(app + " config.js").isNotNull();
            config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(config).contains("availableLocales: ['zh', 'en']", "fallbackLocale: 'zh'");
    }

    private JsonNode read(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
    }

    private static Map<String, JsonNode> flat(JsonNode node) {
        Map<String, JsonNode> flat = new TreeMap<>();
        flatten("", node, flat);
        return flat;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> into) {
        if (!node.isObject()) {
            into.put(prefix, node);
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), into);
        }
    }
}
