package com.perftarget.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.perftarget.support.Drafts;
import com.perftarget.support.SeedTables;
import com.perftarget.table.TableDiff.Kind;
import com.perftarget.table.TableDiff.RowChange;

class TableDiffTest {

    private final TargetTable seed = SeedTables.parse().get(0).table();

    @Test
    void anUnchangedTableHasNoDifferences() {
        assertThat(TableDiff.between(1, seed, 2, seed).isEmpty()).isTrue();
        assertThat(TableDiff.between(1, seed, 2, seed).describe()).isEmpty();
    }

    @Test
    void movedRowsAreMatchedByNameNotPosition() {
        List<Indicator> reversed = new ArrayList<>(seed.indicators());
        Collections.reverse(reversed);
        assertThat(TableDiff.between(1, seed, 2, withRows(reversed)).indicators()).isEmpty();
    }

    @Test
    void repeatedNamesPairInOrderAndALeftoverIsAddedNotChanged() {
        Indicator a = new Indicator("产出目标", "数量", "警车数量", "≥30辆");
        Indicator a2 = new Indicator("产出目标", "数量", "警车数量", "≥31辆");
        TableDiff diff = TableDiff.between(1, withRows(List.of(a)), 2, withRows(List.of(a2, a)));
        assertThat(diff.indicators()).extracting(RowChange::change).containsExactly(Kind.CHANGED, Kind.ADDED);
        assertThat(diff.indicators().get(0).changes()).singleElement()
                .satisfies(c -> assertThat(c.from() + "→" + c.to()).isEqualTo("≥30辆→≥31辆"));
    }

    @Test
    void aRenamedRowAtTheSamePlaceIsAChangeOfItsName() {
        List<Indicator> rows = new ArrayList<>(seed.indicators());
        Indicator old = rows.get(7);
        rows.set(7, new Indicator(old.level1(), old.level2(), "警用车辆数量", old.target()));
        TableDiff diff = TableDiff.between(1, seed, 2, withRows(rows));
        assertThat(diff.describe()).containsExactly("警车数量 三级指标：警车数量 → 警用车辆数量");
        assertThat(diff.indicators().get(0).fromRow()).isEqualTo(8);
        assertThat(diff.indicators().get(0).toRow()).isEqualTo(8);
    }

    private TargetTable withRows(List<Indicator> rows) {
        return Drafts.table(Drafts.withRows(TableDraft.of(seed), rows));
    }
}
