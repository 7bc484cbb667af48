package com.perftarget.api;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.perftarget.access.AccessPolicy;
import com.perftarget.access.Caller;
import com.perftarget.table.TableDraft;
import com.perftarget.validation.Finding;
import com.perftarget.validation.TableValidator;
import com.perftarget.validation.ValidationService;

/** Validation as an API: a table as sent, or a unit-year against its budget figures. Saves nothing. */
@RestController
@RequestMapping("/api/validation")
public class ValidationController {

    private final ValidationService validation;
    private final AccessPolicy access;

    public ValidationController(ValidationService validation, AccessPolicy access) {
        this.validation = validation;
        this.access = access;
    }

    /**
     * A table as sent, under {@code profile} (or the family its labels show) and in {@code year} (or no budget year):
     * which family was used, whether it was detected, and the findings.
     */
    @PostMapping
    public TableFindings validate(@RequestParam(required = false) String profile,
                                  @RequestParam(required = false) Integer year,
                                  @RequestBody(required = false) TableDraft table) {
        TableDraft sent = table == null
                ? new TableDraft(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, List.of())
                : table;
        TableValidator.Outcome outcome = validation.validate(sent, profile, year);
        return new TableFindings(outcome.profile(), outcome.detected(), outcome.findings());
    }

    @GetMapping("/units/{unitCode}/years/{year}")
    public Findings checkUnit(@PathVariable String unitCode, @PathVariable int year,
                              @RequestAttribute(ApiAuthenticationFilter.CALLER) Caller user) {
        access.requireUnit(user, unitCode);
        return new Findings(validation.checkUnit(unitCode, year));
    }

    public record Findings(List<Finding> findings) {
    }

    public record TableFindings(String profile, boolean profileDetected, List<Finding> findings) {
    }
}
