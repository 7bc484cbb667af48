package com.perftarget.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Test;

import com.perftarget.support.ProcessCoverage.Event;

/** The coverage gate counts the shapes a model can take: timers, boundary events, parallel paths, multi-instance. */
class ProcessCoverageTest {

    private static final BpmnModelInstance MODEL = Bpmn.createExecutableProcess("shapes")
            .startEvent("start")
            .parallelGateway("fork")
            .userTask("review").multiInstance().cardinality("2").multiInstanceDone()
            .boundaryEvent("late").timerWithDuration("PT1H").endEvent("expired")
            .moveToActivity("review")
            .parallelGateway("join")
            .endEvent("done")
            .moveToNode("fork")
            .serviceTask("check").camundaExpression("${true}")
            .connectTo("join")
            .done();

    @Test
    void everyElementPassedMeansNothingMissed() {
        List<String> nodes = List.of("start", "fork", "review#multiInstanceBody", "review", "late", "expired", "join",
                "done", "check");
        List<Event> events = new ArrayList<>(nodes.stream().map(id -> new Event("FLOW_NODE", "shapes", id))
                .toList());
        MODEL.getModelElementsByType(SequenceFlow.class)
                .forEach(flow -> events.add(new Event("SEQUENCE_FLOW", "shapes", flow.getId())));
        assertThat(ProcessCoverage.missed(MODEL, events)).isEmpty();
    }

    @Test
    void aTimerPathNotTakenIsMissed() {
        List<Event> happyPath = List.of("start", "fork", "review#multiInstanceBody", "join", "done", "check").stream()
                .map(id -> new Event("FLOW_NODE", "shapes", id)).toList();
        assertThat(ProcessCoverage.missed(MODEL, happyPath))
                .contains("shapes/late", "shapes/expired")
                .doesNotContain("shapes/review", "shapes/start")
                .anyMatch(id -> id.startsWith("shapes/") && !id.endsWith("late") && !id.endsWith("expired"));
    }
}
