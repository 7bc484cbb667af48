package com.perftarget.operations;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.perftarget.support.Http;

/**
 * The demo unit-year as the nodes load it, and the requests the tests send: a leader files a table, 单位财务 approves
 * it. Every request ends in one of three outcomes: acknowledged (2xx), refused (an answer that is no 2xx, or no
 * connection at all: nothing was sent), or unknown (sent, and the node died before answering).
 */
final class Demo {

    static final String UNIT = "020008";
    static final String UNIT_FINANCE = "finance-020008";
    static final String BUREAU = "bureau";

    enum Result { ACKNOWLEDGED, REFUSED, UNKNOWN }

    record Outcome(String kind, long submissionId, String node, Result result, int status) {
    }

    /** A table of the demo: its id, business key, the leader who fills it, and the table as filed (JSON). */
    record Table(long id, String businessKey, String leader, String json) {
    }

    private Demo() {
    }

    static List<Table> tables(AppNode node) {
        List<Table> tables = new ArrayList<>();
        for (JsonNode row : node.http.send(BUREAU, AppNode.PASSWORD, "GET",
                "/api/submissions?unitCode=" + UNIT + "&year=2021", null).json()) {
            long id = row.get("submissionId").asLong();
            String key = row.get("businessKey").asText();
            String leader = node.http.send("admin", AppNode.PASSWORD, "GET",
                    "/engine-rest/task?processInstanceBusinessKey=" + key, null).json().get(0).get("assignee").asText();
            String json = node.http.send(leader, AppNode.PASSWORD, "GET", "/api/submissions/" + id, null).body();
            tables.add(new Table(id, key, leader, json));
        }
        return tables;
    }

    static Outcome submit(AppNode node, Table table) {
        return send("submit", node, table.id(), table.leader(), "/api/submissions/" + table.id() + "/submit",
                table.json());
    }

    static Outcome approve(AppNode node, long submissionId, String reviewer) {
        return send("review", node, submissionId, reviewer, "/api/submissions/" + submissionId + "/review",
                "{\"decision\":\"APPROVE\",\"opinion\":\"同意\"}");
    }

    private static Outcome send(String kind, AppNode node, long id, String user, String path, String body) {
        try {
            Http.Answer answer = node.http.send(user, AppNode.PASSWORD, "POST", path, body);
            return new Outcome(kind, id, node.name, answer.status() / 100 == 2 ? Result.ACKNOWLEDGED : Result.REFUSED,
                    answer.status());
        } catch (UncheckedIOException e) {
            boolean notSent = e.getCause() instanceof ConnectException;
            return new Outcome(kind, id, node.name, notSent ? Result.REFUSED : Result.UNKNOWN, -1);
        } catch (IllegalStateException e) {
            return new Outcome(kind, id, node.name, Result.UNKNOWN, -1);
        }
    }

    /** Plain JDBC on the nodes' database: what the nodes committed, read from outside them. */
    static final class Database implements AutoCloseable {

        private final Connection connection;

        Database(String jdbcUrl) {
            try {
                connection = connect(jdbcUrl);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** A connection of its own to the nodes' database, as the embedded server's superuser. */
        static Connection connect(String jdbcUrl) throws SQLException {
            return DriverManager.getConnection(jdbcUrl, "postgres", "");
        }

        long count(String sql, Object... args) {
            return ((Number) rows(sql, args).get(0).values().iterator().next()).longValue();
        }

        List<Map<String, Object>> rows(String sql, Object... args) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    statement.setObject(i + 1, args[i]);
                }
                List<Map<String, Object>> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (int c = 1; c <= result.getMetaData().getColumnCount(); c++) {
                            row.put(result.getMetaData().getColumnLabel(c), result.getObject(c));
                        }
                        rows.add(row);
                    }
                }
                return rows;
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        }

        Connection connection() {
            return connection;
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }
}
