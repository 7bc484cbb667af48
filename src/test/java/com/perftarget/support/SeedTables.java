package com.perftarget.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.perftarget.seed.SeedDocumentParser;
import com.perftarget.seed.SeedTable;

/** The 16 tables of the seed document shipped with the application. */
public final class SeedTables {

    public static final String RESOURCE = "/seed/jiyuan-020008-2021.txt";

    private SeedTables() {
    }

    public static String document() {
        try (InputStream in = SeedTables.class.getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<SeedTable> parse() {
        return new SeedDocumentParser().parse(document());
    }
}
