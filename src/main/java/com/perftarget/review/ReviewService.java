package com.perftarget.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.perftarget.shared.ControlCharacters;
import com.perftarget.shared.FieldError;
import com.perftarget.shared.InvalidInputException;

/** Records review decisions and answers who decided what, in order. */
@Service
@Transactional
public class ReviewService {

    static final int MAX_OPINION = 2000;

    private final ReviewDecisionRepository decisions;

    public ReviewService(ReviewDecisionRepository decisions) {
        this.decisions = decisions;
    }

    /** Checks a decision as sent (text) and returns it typed, or throws naming each bad field. */
    public Decision parseDecision(String decision, String opinion) {
        List<FieldError> errors = new ArrayList<>();
        Decision parsed = null;
        try {
            parsed = decision == null ? null : Decision.valueOf(decision.strip());
        } catch (IllegalArgumentException e) {
            parsed = null;
        }
        if (parsed == null) {
            errors.add(new FieldError("decision", "请选择审核结论：通过（APPROVE）或退回（RETURN）"));
        }
        String text = opinion == null ? "" : opinion.strip();
        if (parsed == Decision.RETURN && text.isEmpty()) {
            errors.add(new FieldError("opinion", "退回时必须填写审核意见"));
        }
        if (ControlCharacters.in(opinion)) {
            errors.add(new FieldError("opinion", ControlCharacters.message("审核意见")));
        } else if (text.length() > MAX_OPINION) {
            errors.add(new FieldError("opinion", "审核意见最多 " + MAX_OPINION + " 个字"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return parsed;
    }

    /**
     * Records a decision on version {@code versionNo}, under the four-eyes principle: whoever filed the version does
     * not review it at unit level, and a bureau reviewer does not belong to the submitting unit
     * ({@code reviewerOfSubmittingUnit}, asked only at the bureau's level).
     */
    public ReviewDecision record(long submissionId, int versionNo, ReviewLevel level, String reviewer,
                                 String decision, String opinion, String versionAuthor,
                                 BooleanSupplier reviewerOfSubmittingUnit) {
        if (level == ReviewLevel.UNIT_FINANCE && reviewer.equals(versionAuthor)) {
            throw new FourEyesViolationException("第 " + versionNo + " 版由您（" + reviewer + "）提交，不能由您审核（四眼原则）");
        }
        if (level == ReviewLevel.FINANCE_BUREAU && reviewerOfSubmittingUnit.getAsBoolean()) {
            throw new FourEyesViolationException("财政局审核人不能是提交单位的人员（四眼原则），" + reviewer + " 属于提交单位");
        }
        Decision parsed = parseDecision(decision, opinion);
        String text = opinion == null || opinion.isBlank() ? null : opinion.strip();
        return decisions.save(new ReviewDecision(submissionId, versionNo, level, reviewer, parsed, text));
    }

    @Transactional(readOnly = true)
    public List<ReviewDecision> history(long submissionId) {
        return decisions.findBySubmissionId(submissionId);
    }

    @Transactional(readOnly = true)
    public Optional<ReviewDecision> latest(long submissionId) {
        return decisions.findLatest(submissionId);
    }
}
