package com.perftarget.process;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models of the top-level {@code bpmn/} and {@code forms/} folders (put on the classpath by the
 * build) as one deployment, under their bare file names so that {@code spring-boot:run} and the jar deploy the
 * same resources. Forms in the same deployment let {@code camunda:formRefBinding="deployment"} work.
 * Unchanged models are not deployed again.
 */
@Component
public class ModelDeployer extends AbstractProcessEnginePlugin {

    static final String DEPLOYMENT_NAME = "performance-target-approval";
    private static final String[] PATTERNS = {"classpath*:bpmn/*.bpmn", "classpath*:bpmn/*.dmn", "classpath*:forms/*.form"};

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("ModelDeployer")
                .enableDuplicateFiltering(false);
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            for (String pattern : PATTERNS) {
                for (Resource resource : resolver.getResources(pattern)) {
                    try (InputStream in = resource.getInputStream()) {
                        deployment.addInputStream(resource.getFilename(), new ByteArrayInputStream(in.readAllBytes()));
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the models to deploy", e);
        }
        if (deployment.getResourceNames().isEmpty()) {
            throw new IllegalStateException("no models found on the classpath under bpmn/ and forms/");
        }
        deployment.deploy();
    }
}
