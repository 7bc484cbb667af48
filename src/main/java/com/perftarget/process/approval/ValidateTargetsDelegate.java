package com.perftarget.process.approval;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.perftarget.validation.Finding;
import com.perftarget.validation.ValidationService;

/** 自动校验: validates the filed table; a technical failure fails the job (retries, then a Cockpit incident). */
@Component
public class ValidateTargetsDelegate implements JavaDelegate {

    public static final String TIMER = "perftarget.validation.duration";

    private final ValidationService validation;
    private final Timer duration;

    public ValidateTargetsDelegate(ValidationService validation, MeterRegistry meters) {
        this.validation = validation;
        this.duration = Timer.builder(TIMER).description("自动校验 of one version, findings stored")
                .publishPercentiles(0.5, 0.95, 0.99).register(meters);
    }

    @Override
    public void execute(DelegateExecution execution) {
        long submissionId = ApprovalProcess.SUBMISSION_ID.from(execution);
        List<Finding> findings = duration.record(() -> validation.validate(submissionId));
        ApprovalProcess.VALIDATION_PASSED.on(execution, !ValidationService.blocks(findings));
    }
}
