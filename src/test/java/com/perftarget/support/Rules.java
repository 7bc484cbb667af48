package com.perftarget.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.camunda.bpm.model.dmn.Dmn;

import com.perftarget.process.DeployedRuleTables;
import com.perftarget.validation.RuleTables;

/** The rule tables of bpmn/validation-rules.dmn, read as the application reads them. */
public final class Rules {

    private static final RuleTables TABLES = read();

    private Rules() {
    }

    public static RuleTables tables() {
        return TABLES;
    }

    private static RuleTables read() {
        try (InputStream dmn = Rules.class.getResourceAsStream("/bpmn/validation-rules.dmn")) {
            return DeployedRuleTables.read(Dmn.readModelFromStream(dmn));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
