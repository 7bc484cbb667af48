package com.perftarget.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** Facts a model states about its elements ({@code camunda:property}), read where the code needs them. */
public final class ModelProperties {

    private ModelProperties() {
    }

    /** The value of the task's property {@code name}; a task without it is a modelling error. */
    public static String of(DelegateTask task, String name) {
        ExtensionElements extensions = task.getBpmnModelElementInstance().getExtensionElements();
        if (extensions != null) {
            for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
                for (CamundaProperty property : properties.getCamundaProperties()) {
                    if (name.equals(property.getCamundaName())) {
                        return property.getCamundaValue();
                    }
                }
            }
        }
        throw new IllegalStateException("the model gives task " + task.getTaskDefinitionKey() + " no property " + name);
    }
}
