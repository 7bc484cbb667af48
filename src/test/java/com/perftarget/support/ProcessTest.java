package com.perftarget.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A process test: the real engine, listeners and delegates on embedded PostgreSQL, no web server, no job executor
 * (tests run the jobs themselves), and the coverage library's listener recording every flow node and sequence flow
 * the tests pass (target/process-test-coverage/…/report.json), which {@code ProcessCoverageIT} holds against every
 * model in bpmn/.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "camunda.bpm.job-execution.enabled=false",
        // The coverage listeners need every instance to start inside a test, so no demo instances here.
        "perftarget.demo.enabled=false"})
@Import({EmbeddedPostgresConfiguration.class, ProcessEngineCoverageConfiguration.class,
        TestSubmissions.class, TestIdentities.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface ProcessTest {
}
