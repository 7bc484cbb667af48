package com.perftarget.operations;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.perftarget.support.Http;

/**
 * The packaged application (the jar {@code mvn package} built) running in a JVM of its own on a given PostgreSQL, as
 * one node of a deployment: started, waited for until ready, killed with SIGKILL. Its output goes to
 * {@code target/nodes/<name>.log}.
 */
final class AppNode implements AutoCloseable {

    static final String PASSWORD = "demo";
    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    final String name;
    final int port;
    final Http http;
    private final Process process;
    private final Instant startedAt;
    private final Set<Integer> answersWhileStarting = ConcurrentHashMap.newKeySet();

    private AppNode(String name, int port, Process process) {
        this.name = name;
        this.port = port;
        this.http = new Http(port);
        this.process = process;
        this.startedAt = Instant.now();
    }

    /** Starts a node (does not wait for it): the demo data on, its job executor named {@code name} in the job log. */
    static AppNode start(String name, String jdbcUrl) {
        int port = freePort();
        Path log = Path.of("target", "nodes", name + "-" + System.currentTimeMillis() + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-jar", jar().toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--perftarget.demo.enabled=true",
                "--perftarget.demo.password=" + PASSWORD,
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--logging.level.root=WARN",
                "--logging.level.org.camunda.bpm.engine.jobexecutor=WARN"));
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new AppNode(name, port, process);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start node " + name, e);
        }
    }

    /** Waits until the node's readiness probe answers 200; returns how long the start took. */
    Duration awaitReady() {
        await().atMost(READY_WITHIN).pollInterval(Duration.ofMillis(500))
                .failFast("node " + name + " died while starting, see target/nodes/", () -> !process.isAlive())
                .ignoreExceptions()
                .until(() -> {
                    boolean ready = http.get(null, "/actuator/health/readiness").status() == 200;
                    if (!ready) {
                        // What a client with a valid demo login gets while the node starts.
                        answersWhileStarting.add(http.send("bureau", PASSWORD, "GET",
                                "/api/submissions?unitCode=020008&year=2021", null).status());
                    }
                    return ready;
                });
        return Duration.between(startedAt, Instant.now());
    }

    /** The statuses a logged-in client got while the node was not yet ready (503 "starting"; 200 once it became so). */
    Set<Integer> answersWhileStarting() {
        return Set.copyOf(answersWhileStarting);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no commit, nothing flushed. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private static Path jar() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("performance-target-approval-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "no application jar in target/: these tests run after mvn package (mvn verify)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
