package com.perftarget.seed;

import com.perftarget.table.TargetTable;

/** A performance-target table of the seed document and its position there (1-based, gives NN of the business key). */
public record SeedTable(int position, TargetTable table) {
}
