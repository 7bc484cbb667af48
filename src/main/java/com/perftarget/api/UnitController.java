package com.perftarget.api;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.perftarget.access.AccessPolicy;
import com.perftarget.access.Caller;
import com.perftarget.onboarding.OnboardingService;
import com.perftarget.onboarding.Registered;
import com.perftarget.onboarding.UnitRegistration;
import com.perftarget.unit.BudgetUnitRepository;
import com.perftarget.workbook.PeopleListImportService;

/** The finance bureau brings units and their people in: one by one, or a whole list from a file. */
@RestController
public class UnitController {

    private final OnboardingService onboarding;
    private final PeopleListImportService lists;
    private final BudgetUnitRepository units;
    private final AccessPolicy access;

    public UnitController(OnboardingService onboarding, PeopleListImportService lists, BudgetUnitRepository units,
                          AccessPolicy access) {
        this.onboarding = onboarding;
        this.lists = lists;
        this.units = units;
        this.access = access;
    }

    /** Registers a unit with its people: 201 when the unit is new, 200 when it was updated. */
    @PostMapping("/api/units")
    public ResponseEntity<Registered> register(@RequestBody UnitRegistration unit,
                                               @RequestAttribute(ApiAuthenticationFilter.CALLER) Caller user) {
        access.requireRegistrar(user);
        boolean known = unit.code() != null && units.existsById(unit.code().strip());
        Registered registered = onboarding.register(unit);
        return ResponseEntity.status(known ? HttpStatus.OK : HttpStatus.CREATED).body(registered);
    }

    /** Registers every unit of a list (CSV or .xlsx, one row per person), all or nothing. */
    @PostMapping(path = "/api/units/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public PeopleListImportService.Imported importList(@RequestPart("file") MultipartFile file,
                                                       @RequestAttribute(ApiAuthenticationFilter.CALLER) Caller user)
            throws IOException {
        access.requireRegistrar(user);
        return lists.importList(file.getBytes());
    }
}
