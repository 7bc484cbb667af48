package com.perftarget.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.perftarget.support.Drafts;
import com.perftarget.support.Rules;
import com.perftarget.support.SeedTables;
import com.perftarget.table.Indicator;
import com.perftarget.table.TableDraft;

/**
 * Real tables other units published (src/test/resources/corpus/published-tables.json, transcribed row by row with
 * their sources), validated as a bureau validates a unit-year without a profile: the family is detected from the
 * labels. A row the bureau accepted draws no ERROR; a known defect is flagged on its row under its rule; a complete
 * table draws no table-level ERROR. The header is not transcribed, so only indicator findings count.
 */
class PublishedTablesTest {

    private static final TableValidator VALIDATOR = new TableValidator(Rules.tables());
    private static final Corpus CORPUS = read();

    record Row(String level1, String level2, String name, String target, String expect) {
        boolean accepted() {
            return "ok".equals(expect);
        }
    }

    record PublishedTable(String id, String province, int year, String unit, String project, String source,
                          boolean complete, String notes, String family, List<Row> rows) {
        TableDraft draft() {
            // The seed's first table lends a header; the indicator rows are the published ones.
            return Drafts.withRows(TableDraft.of(SeedTables.parse().get(0).table()), rows.stream()
                    .map(r -> new Indicator(r.level1(), r.level2(), r.name(), r.target())).toList());
        }
    }

    record Corpus(String description, List<PublishedTable> tables) {
    }

    static Stream<PublishedTable> tables() {
        return CORPUS.tables().stream();
    }

    @Test
    void theCorpusIsBroadEnough() {
        assertThat(CORPUS.tables()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(CORPUS.tables().stream().map(PublishedTable::province).distinct()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(CORPUS.tables()).allSatisfy(t -> assertThat(t.source()).startsWith("http"));
        // Both places of 成本: a 二级 under 产出, and a 一级 of its own (财预〔2021〕101号).
        assertThat(CORPUS.tables()).anySatisfy(t -> assertThat(t.rows()).anySatisfy(r -> {
            assertThat(RuleTables.normal(r.level1())).isEqualTo("产出");
            assertThat(RuleTables.normal(r.level2())).isEqualTo("成本");
        }));
        assertThat(CORPUS.tables()).anySatisfy(t -> assertThat(t.rows())
                .anySatisfy(r -> assertThat(RuleTables.normal(r.level1())).isEqualTo("成本")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void acceptedRowsDrawNoErrorAndDefectsAreFlagged(PublishedTable table) {
        TableValidator.Outcome outcome = VALIDATOR.check(table.draft(), null, table.year());
        assertThat(outcome.profile()).as("detected family").isEqualTo(table.family());
        for (int i = 0; i < table.rows().size(); i++) {
            Row row = table.rows().get(i);
            List<Finding> onRow = onRow(outcome.findings(), i + 1);
            if (row.accepted()) {
                assertThat(onRow).as("row %d %s「%s」", i + 1, row.name(), row.target())
                        .noneMatch(f -> f.severity() == Severity.ERROR);
            } else {
                assertThat(onRow).as("row %d %s「%s」", i + 1, row.name(), row.target())
                        .extracting(Finding::ruleId).contains(row.expect());
            }
        }
        if (table.complete()) {
            assertThat(outcome.findings()).filteredOn(f -> f.row() == null && "indicators".equals(f.field()))
                    .noneMatch(f -> f.severity() == Severity.ERROR);
        }
    }

    /** The figures the README reports: false ERRORs on accepted rows (goal 0) and known defects caught. */
    @Test
    void precisionOnTheCorpus() {
        int accepted = 0;
        int acceptedWithError = 0;
        int defects = 0;
        int caught = 0;
        List<String> missed = new ArrayList<>();
        for (PublishedTable table : CORPUS.tables()) {
            List<Finding> found = VALIDATOR.check(table.draft(), null, table.year()).findings();
            for (int i = 0; i < table.rows().size(); i++) {
                Row row = table.rows().get(i);
                List<Finding> onRow = onRow(found, i + 1);
                if (row.accepted()) {
                    accepted++;
                    if (onRow.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
                        acceptedWithError++;
                        missed.add(table.id() + "#" + (i + 1));
                    }
                } else {
                    defects++;
                    if (onRow.stream().anyMatch(f -> f.ruleId().equals(row.expect()))) {
                        caught++;
                    } else {
                        missed.add(table.id() + "#" + (i + 1));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "corpus: %d tables, %d accepted rows with an ERROR of %d (%.1f %%), "
                        + "%d of %d known defects caught (%.1f %%)%n", CORPUS.tables().size(), acceptedWithError,
                accepted, 100.0 * acceptedWithError / accepted, caught, defects, 100.0 * caught / defects);
        assertThat(missed).isEmpty();
        assertThat(accepted).isGreaterThan(90);
        assertThat(defects).isGreaterThanOrEqualTo(10);
    }

    private static List<Finding> onRow(List<Finding> findings, int row) {
        return findings.stream().filter(f -> f.row() != null && f.row() == row).toList();
    }

    private static Corpus read() {
        try (InputStream json = PublishedTablesTest.class.getResourceAsStream("/corpus/published-tables.json")) {
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(json, Corpus.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
