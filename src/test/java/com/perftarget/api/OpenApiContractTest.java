package com.perftarget.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.perftarget.support.IntegrationTest;

/**
 * The API contract: the OpenAPI description the running application serves for {@code /api/**} equals the committed
 * {@code src/main/resources/api/openapi.json}. A change of the API changes the committed file in the same commit:
 * when they differ, the served one is written to {@code target/openapi.json} to compare and copy.
 */
@IntegrationTest
class OpenApiContractTest {

    private static final Path SERVED_COPY = Path.of("target", "openapi.json");
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Autowired TestRestTemplate http;

    @Test
    void theServedDescriptionIsTheCommittedOne() throws IOException {
        ResponseEntity<String> served = http.getForEntity("/v3/api-docs", String.class);
        assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode actual = withoutServers(json.readTree(served.getBody()));
        Files.writeString(SERVED_COPY, json.writeValueAsString(actual) + "\n");

        JsonNode committed;
        try (InputStream in = getClass().getResourceAsStream("/api/openapi.json")) {
            assertThat(in).as("src/main/resources/api/openapi.json is committed").isNotNull();
            committed = json.readTree(in);
        }
        assertThat(actual).as("the served API differs from src/main/resources/api/openapi.json; compare with "
                + SERVED_COPY.toAbsolutePath() + " and commit it if the change is meant").isEqualTo(committed);
        assertThat(actual.get("paths").fieldNames()).toIterable().contains("/api/submissions",
                "/api/submissions/{submissionId}/submit", "/api/validation");
    }

    /** The server URL names the random test port: not part of the contract. */
    private static JsonNode withoutServers(JsonNode description) {
        ((ObjectNode) description).remove("servers");
        return description;
    }
}
