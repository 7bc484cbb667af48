package com.perftarget.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on embedded PostgreSQL with a real web server and the seed's demo data loaded, as
 * {@code ./mvnw spring-boot:run} starts it. Surefire runs each test class in a JVM of its own. The job executor
 * is off so that tests run the asynchronous 自动校验 step themselves, deterministically.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "server.shutdown=immediate",
        "perftarget.demo.enabled=true"})
@Import({EmbeddedPostgresConfiguration.class, TestSubmissions.class, TestIdentities.class})
public @interface IntegrationTest {
}
