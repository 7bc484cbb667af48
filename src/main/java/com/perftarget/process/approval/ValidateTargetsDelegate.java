package com.perftarget.process.approval;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.perftarget.validation.Finding;
import com.perftarget.validation.ValidationService;

/** 自动校验: validates the filed table; a technical failure fails the job (retries, then a Cockpit incident). */
@Component
public class ValidateTargetsDelegate implements JavaDelegate {

    private final ValidationService validation;

    public ValidateTargetsDelegate(ValidationService validation) {
        this.validation = validation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<Finding> findings = validation.validate(ApprovalProcess.SUBMISSION_ID.from(execution));
        ApprovalProcess.VALIDATION_PASSED.on(execution, !ValidationService.blocks(findings));
    }
}
