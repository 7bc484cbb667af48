package com.perftarget.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.perftarget.support.ProcessCoverage;
import com.perftarget.support.ProcessCoverage.Event;

/**
 * The coverage gate, after all tests ran ({@code ./mvnw verify} runs it with Failsafe, after Surefire): the events
 * the coverage library recorded in every process test class ({@code target/process-test-coverage/…/report.json})
 * together pass every flow node and every sequence flow of every model in {@code bpmn/}.
 */
class ProcessCoverageIT {

    private static final Path REPORTS = Path.of("target", "process-test-coverage");

    @Test
    void theProcessTestsPassEveryElementOfEveryModel() throws IOException {
        List<Event> events = recordedEvents();
        assertThat(events).as("coverage events in " + REPORTS + " (the process tests write them)").isNotEmpty();
        List<Path> models;
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            models = files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
        }
        assertThat(models).isNotEmpty();
        for (Path model : models) {
            assertThat(ProcessCoverage.missed(Bpmn.readModelFromFile(model.toFile()), events))
                    .as("elements of " + model + " that no process test passed").isEmpty();
        }
    }

    private static List<Event> recordedEvents() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Event> events = new ArrayList<>();
        if (!Files.isDirectory(REPORTS)) {
            return events;
        }
        try (Stream<Path> reports = Files.walk(REPORTS)) {
            for (Path report : reports.filter(file -> file.getFileName().toString().equals("report.json")).toList()) {
                for (JsonNode event : json.readTree(report.toFile()).findValues("events").stream()
                        .flatMap(list -> stream(list)).toList()) {
                    events.add(new Event(event.path("source").asText(), event.path("modelKey").asText(),
                            event.path("definitionKey").asText()));
                }
            }
        }
        return events;
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.stream();
    }
}
