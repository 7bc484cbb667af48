package com.perftarget.support;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * What of a process model the tests did not pass, from the events the coverage library recorded: every flow node
 * (events, tasks, gateways, boundary events, sub-processes, multi-instance activities) and every sequence flow of
 * each executable process, whatever its shape.
 */
public final class ProcessCoverage {

    private ProcessCoverage() {
    }

    /** One recorded event: a flow node started or ended, or a sequence flow taken, in the process {@code modelKey}. */
    public record Event(String source, String modelKey, String definitionKey) {
    }

    /** The ids of {@code model}'s elements that no event names, as {@code processKey/elementId}; empty when all were passed. */
    public static Set<String> missed(BpmnModelInstance model, Collection<Event> events) {
        Set<String> passed = new TreeSet<>();
        for (Event event : events) {
            // A multi-instance activity is recorded as its body, "task#multiInstanceBody".
            passed.add(event.modelKey() + "/" + event.definitionKey().replaceFirst("#.*$", ""));
        }
        Set<String> missed = new TreeSet<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (!process.isExecutable()) {
                continue;
            }
            for (FlowNode node : process.getChildElementsByType(FlowNode.class)) {
                collect(process.getId(), node, passed, missed);
            }
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                if (isIn(flow, process)) {
                    String id = process.getId() + "/" + flow.getId();
                    if (!passed.contains(id)) {
                        missed.add(id);
                    }
                }
            }
        }
        return missed;
    }

    private static void collect(String processKey, FlowNode node, Set<String> passed, Set<String> missed) {
        String id = processKey + "/" + node.getId();
        if (!passed.contains(id)) {
            missed.add(id);
        }
        for (FlowNode inner : node.getChildElementsByType(FlowNode.class)) {
            collect(processKey, inner, passed, missed);
        }
    }

    private static boolean isIn(SequenceFlow flow, Process process) {
        for (var parent = flow.getParentElement(); parent != null; parent = parent.getParentElement()) {
            if (parent == process) {
                return true;
            }
        }
        return false;
    }
}
