package com.perftarget.workbook;

import java.io.File;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.perftarget.submission.FundKind;
import com.perftarget.submission.Submission;
import com.perftarget.submission.SubmissionService;
import com.perftarget.submission.SubmissionStatus;
import com.perftarget.unit.BudgetUnit;
import com.perftarget.unit.BudgetUnitRepository;
import com.perftarget.unit.UnitBudget;
import com.perftarget.unit.UnitBudgetRepository;
import com.perftarget.version.VersionApproval;
import com.perftarget.version.VersionService;

/**
 * The 预算公开 document of a unit-year, from the approved versions only, after checking its arithmetic against the
 * unit's budget figures (项目支出 = 一般性项目 + 专项资金, and each equal to the sum of the tables' 项目本年度金额).
 */
@Service
@Transactional(readOnly = true)
public class DisclosureService {

    /** The formats the document comes in. */
    public enum Format { DOCX, PDF, XLSX }

    private final SubmissionService submissions;
    private final VersionService versions;
    private final BudgetUnitRepository units;
    private final UnitBudgetRepository budgets;
    private final CjkFont font;

    public DisclosureService(SubmissionService submissions, VersionService versions, BudgetUnitRepository units,
                             UnitBudgetRepository budgets, CjkFont font) {
        this.submissions = submissions;
        this.versions = versions;
        this.units = units;
        this.budgets = budgets;
        this.font = font;
    }

    public byte[] generate(String unitCode, int year, Format format) {
        Optional<File> pdfFont = format == Format.PDF ? font.find() : Optional.empty();
        if (format == Format.PDF && pdfFont.isEmpty()) {
            throw new DisclosureUnavailableException(font.missingMessage());
        }
        Disclosure disclosure = prepare(unitCode, year);
        return switch (format) {
            case DOCX -> DisclosureDocuments.docx(disclosure);
            case XLSX -> DisclosureDocuments.xlsx(disclosure);
            case PDF -> DisclosureDocuments.pdf(disclosure, pdfFont.get());
        };
    }

    /** The approved tables and the summary, or {@link DisclosureRefusedException} with every finding. */
    public Disclosure prepare(String unitCode, int year) {
        List<String> findings = new ArrayList<>();
        List<Disclosure.Project> projects = new ArrayList<>();
        List<Submission> listed = submissions.listActive(unitCode, year);
        if (listed.isEmpty()) {
            findings.add("单位 " + unitCode + " 在 " + year + " 年度没有项目");
        }
        for (Submission submission : listed) {
            Optional<VersionApproval> approval = versions.approval(submission.getId());
            if (submission.getStatus() != SubmissionStatus.APPROVED || approval.isEmpty()) {
                findings.add("「" + submission.getProjectName() + "」尚未批准（" + submission.getStatus().label() + "）");
                continue;
            }
            projects.add(new Disclosure.Project(submission.getSequenceNo(), submission.getFundKind(),
                    versions.get(submission.getId(), approval.get().getVersionNo()).table()));
        }
        String unitName = units.findById(unitCode).map(BudgetUnit::getName).orElse(unitCode);
        Disclosure disclosure = new Disclosure(unitCode, unitName, year, projects);
        Optional<UnitBudget> budget = budgets.findById(new UnitBudget.Key(unitCode, year))
                .filter(UnitBudget::hasFigures);
        if (budget.isEmpty()) {
            findings.add("没有录入单位 " + unitCode + " " + year + " 年度的预算数（项目支出、一般性项目、专项资金）");
        } else if (findings.isEmpty()) {
            UnitBudget figures = budget.get();
            compare(findings, "项目支出", figures.getProjectExpenditure(), disclosure.total());
            compare(findings, FundKind.GENERAL.label(), figures.getGeneralProjects(),
                    disclosure.total(FundKind.GENERAL));
            compare(findings, FundKind.SPECIAL.label(), figures.getSpecialFunds(), disclosure.total(FundKind.SPECIAL));
            if (figures.getProjectExpenditure().compareTo(
                    figures.getGeneralProjects().add(figures.getSpecialFunds())) != 0) {
                findings.add("预算表本身不平：项目支出 " + Disclosure.amount(figures.getProjectExpenditure())
                        + " 万元 ≠ 一般性项目 " + Disclosure.amount(figures.getGeneralProjects()) + " 万元 + 专项资金 "
                        + Disclosure.amount(figures.getSpecialFunds()) + " 万元");
            }
        }
        if (!findings.isEmpty()) {
            throw new DisclosureRefusedException(findings);
        }
        return disclosure;
    }

    private static void compare(List<String> findings, String what, BigDecimal budgeted, BigDecimal tables) {
        if (budgeted.compareTo(tables) != 0) {
            findings.add(what + "：绩效目标表本年度金额合计 " + Disclosure.amount(tables) + " 万元，与预算表的 "
                    + Disclosure.amount(budgeted) + " 万元不一致");
        }
    }
}
