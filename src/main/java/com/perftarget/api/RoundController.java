package com.perftarget.api;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.perftarget.access.AccessPolicy;
import com.perftarget.access.Caller;
import com.perftarget.process.round.RoundStarter;
import com.perftarget.round.BudgetRound;
import com.perftarget.round.NewRound;
import com.perftarget.round.RoundService;
import com.perftarget.round.RoundUnit;

/** The finance bureau opens a budget year's round. */
@RestController
public class RoundController {

    /** The round as opened: its year, profile, deadlines, units and the workflow instance that runs it. */
    public record OpenedRound(int year, String profile, LocalDate unitDeadline, LocalDate bureauDeadline,
                              List<String> units, String processInstanceId) {
    }

    /** A round in the list: its year, profile, deadlines and how many units take part. */
    public record RoundSummary(int year, String profile, LocalDate unitDeadline, LocalDate bureauDeadline,
                               int units) {
    }

    private final RoundStarter starter;
    private final RoundService rounds;
    private final AccessPolicy access;

    public RoundController(RoundStarter starter, RoundService rounds, AccessPolicy access) {
        this.starter = starter;
        this.rounds = rounds;
        this.access = access;
    }

    /** Every round, the latest year first; for the bureau and administrators. */
    @GetMapping("/api/rounds")
    public List<RoundSummary> list(@RequestAttribute(ApiAuthenticationFilter.CALLER) Caller user) {
        access.requireOverview(user);
        return rounds.all().stream().map(round -> new RoundSummary(round.getYear(), round.getProfile(),
                round.getUnitDeadline(), round.getBureauDeadline(), rounds.units(round.getYear()).size())).toList();
    }

    /** 201 with the round; 400 naming every bad field, 409 when the year has its round: nothing started either way. */
    @PostMapping("/api/rounds")
    public ResponseEntity<OpenedRound> open(@RequestBody NewRound request,
                                            @RequestAttribute(ApiAuthenticationFilter.CALLER) Caller user) {
        access.requireRoundOpener(user);
        String instance = starter.open(request);
        BudgetRound round = rounds.find(request.year()).orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED).body(new OpenedRound(round.getYear(), round.getProfile(),
                round.getUnitDeadline(), round.getBureauDeadline(),
                rounds.units(round.getYear()).stream().map(RoundUnit::getUnitCode).toList(), instance));
    }
}
