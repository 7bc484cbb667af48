package com.perftarget.submission;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.DynamicUpdate;

import com.perftarget.table.TargetTable;

/**
 * 填报: one project's performance-target table of one budget year, with where its approval stands.
 * It holds the current table; the workflow refers to it by id and business key only.
 */
@Entity
@Table(name = "submission")
// A move to the next step changes three columns: the UPDATE names those, not the whole table's text.
@DynamicUpdate
public class Submission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String unitCode;
    @Column(name = "budget_year")
    private int year;
    private int sequenceNo;
    private String businessKey;
    private String leaderUserId;
    @Enumerated(EnumType.STRING)
    private FundKind fundKind;
    @Enumerated(EnumType.STRING)
    private SubmissionStatus status;
    private String stage;
    private Instant updatedAt;

    private String projectName;
    private String fundUse;
    private String leader;
    private String contact;
    private String phone;
    private LocalDate startDate;
    private LocalDate endDate;
    private BigDecimal totalAmount;
    private BigDecimal yearAmount;
    private BigDecimal lastTotalAmount;
    private BigDecimal lastYearAmount;
    private String overview;
    private String basis;
    private String necessity;
    private String measures;
    private String plan;
    private String remarks;
    private String overallGoal;
    private String annualGoal;

    /** Finds the projects of a unit-year with the same goal through an index: {@link #annualGoalKey(String)}. */
    private String annualGoalKey;

    @ElementCollection
    @CollectionTable(name = "submission_indicator", joinColumns = @JoinColumn(name = "submission_id"))
    @OrderColumn(name = "position")
    // A unit-year's tables (its workbook, its validation) load their rows 100 projects per query, not one each.
    @BatchSize(size = 100)
    private List<IndicatorRow> indicators = new ArrayList<>();

    /** The business key of last year's submission this one was carried over from, if any. */
    private String carriedFrom;
    @Enumerated(EnumType.STRING)
    private CarryOver.Source carriedFromSource;
    private Integer carriedFromVersion;
    private Instant carriedAt;

    private Instant withdrawnAt;
    private String withdrawnBy;
    private String withdrawReason;

    protected Submission() {
    }

    Submission(String unitCode, int year, int sequenceNo, String leaderUserId, FundKind fundKind, TargetTable table) {
        this.unitCode = unitCode;
        this.fundKind = fundKind;
        this.year = year;
        this.sequenceNo = sequenceNo;
        this.businessKey = businessKey(unitCode, year, sequenceNo);
        this.leaderUserId = leaderUserId;
        this.status = SubmissionStatus.DRAFT;
        this.stage = Stage.FILL_TARGETS.code();
        replaceTable(table);
    }

    /** The SHA-256 (hex) of a 年度绩效目标 stripped of surrounding blanks; {@code null} for none. */
    public static String annualGoalKey(String annualGoal) {
        String stripped = annualGoal == null ? "" : annualGoal.strip();
        if (stripped.isEmpty()) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(stripped.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The business key of the process instance: {@code {unitCode}-{year}-{NN}}. */
    public static String businessKey(String unitCode, int year, int sequenceNo) {
        return String.format("%s-%d-%02d", unitCode, year, sequenceNo);
    }

    void carriedOver(CarryOver from) {
        carriedFrom = from.fromBusinessKey();
        carriedFromSource = from.source();
        carriedFromVersion = from.versionNo();
        carriedAt = from.at();
    }

    void withdraw(String by, String reason, Instant at) {
        moveTo(SubmissionStatus.WITHDRAWN, Stage.WITHDRAWN);
        withdrawnBy = by;
        withdrawReason = reason;
        withdrawnAt = at;
    }

    /** Who withdrew the project, when and why, if it was. */
    public Optional<Withdrawal> getWithdrawal() {
        return withdrawnAt == null ? Optional.empty() : Optional.of(new Withdrawal(withdrawnAt, withdrawnBy,
                withdrawReason));
    }

    /** A project's withdrawal: when, by whom, why. */
    public record Withdrawal(Instant at, String by, String reason) {
    }

    /** Where the table was carried over from, if it was. */
    public Optional<CarryOver> getCarryOver() {
        return carriedFrom == null ? Optional.empty()
                : Optional.of(new CarryOver(carriedFrom, carriedFromSource, carriedFromVersion, carriedAt));
    }

    void replaceTable(TargetTable table) {
        projectName = table.projectName();
        fundUse = table.fundUse();
        leader = table.leader();
        contact = table.contact();
        phone = table.phone();
        startDate = table.startDate();
        endDate = table.endDate();
        totalAmount = table.totalAmount();
        yearAmount = table.yearAmount();
        lastTotalAmount = table.lastTotalAmount();
        lastYearAmount = table.lastYearAmount();
        overview = table.overview();
        basis = table.basis();
        necessity = table.necessity();
        measures = table.measures();
        plan = table.plan();
        remarks = table.remarks();
        overallGoal = table.overallGoal();
        annualGoal = table.annualGoal();
        annualGoalKey = annualGoalKey(annualGoal);
        // Rows unchanged are not rewritten: a re-filing that keeps its indicators writes no indicator row.
        if (!indicators.stream().map(IndicatorRow::toIndicator).toList().equals(table.indicators())) {
            indicators.clear();
            table.indicators().stream().map(IndicatorRow::new).forEach(indicators::add);
        }
        updatedAt = Instant.now();
    }

    /** A move to where it already is (a new project's first 填报) changes nothing, its time included. */
    void moveTo(SubmissionStatus newStatus, Stage newStage) {
        if (status == newStatus && stage.equals(newStage.code())) {
            return;
        }
        status = newStatus;
        stage = newStage.code();
        updatedAt = Instant.now();
    }

    public TargetTable table() {
        return new TargetTable(projectName, unitCode, fundUse, leader, contact, phone, startDate, endDate,
                totalAmount, yearAmount, lastTotalAmount, lastYearAmount, overview, basis, necessity, measures,
                plan, remarks, overallGoal, annualGoal,
                indicators.stream().map(IndicatorRow::toIndicator).toList());
    }

    public Long getId() {
        return id;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public int getYear() {
        return year;
    }

    public int getSequenceNo() {
        return sequenceNo;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public FundKind getFundKind() {
        return fundKind;
    }

    public String getLeaderUserId() {
        return leaderUserId;
    }

    public SubmissionStatus getStatus() {
        return status;
    }

    public Stage getStage() {
        return Stage.ofCode(stage);
    }

    public String getProjectName() {
        return projectName;
    }

    public String getLeader() {
        return leader;
    }

    public String getAnnualGoal() {
        return annualGoal;
    }

    public BigDecimal getTotalAmount() {
        return totalAmount;
    }

    public BigDecimal getYearAmount() {
        return yearAmount;
    }
}
