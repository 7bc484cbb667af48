package com.perftarget.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.perftarget.access.AccessPolicy;
import com.perftarget.access.Caller;
import com.perftarget.submission.Submission;
import com.perftarget.submission.SubmissionDetails;
import com.perftarget.submission.SubmissionService;
import com.perftarget.workbook.WorkbookImportService;
import com.perftarget.workbook.WorkbookService;

/** Tables as Excel workbooks in the 绩效目标表 layout: out for whoever may read them, in for whoever may fill them. */
@RestController
public class WorkbookController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final WorkbookService workbooks;
    private final WorkbookImportService imports;
    private final SubmissionService submissions;
    private final AccessPolicy access;

    public WorkbookController(WorkbookService workbooks, WorkbookImportService imports,
                              SubmissionService submissions, AccessPolicy access) {
        this.workbooks = workbooks;
        this.imports = imports;
        this.submissions = submissions;
        this.access = access;
    }

    @GetMapping("/api/submissions/{submissionId}/xlsx")
    public ResponseEntity<byte[]> current(@PathVariable long submissionId,
                                          @RequestAttribute(ApiAuthenticationFilter.CALLER) Caller user) {
        Submission submission = submissions.get(submissionId);
        access.requireRead(user, submission);
        return attachment(submission.getBusinessKey() + " " + submission.getProjectName(),
                workbooks.current(submissionId));
    }

    @GetMapping("/api/submissions/{submissionId}/versions/{version}/xlsx")
    public ResponseEntity<byte[]> version(@PathVariable long submissionId, @PathVariable int version,
                                          @RequestAttribute(ApiAuthenticationFilter.CALLER) Caller user) {
        Submission submission = submissions.get(submissionId);
        access.requireRead(user, submission);
        return attachment(submission.getBusinessKey() + " 第" + version + "版 " + submission.getProjectName(),
                workbooks.version(submissionId, version));
    }

    @GetMapping("/api/units/{unitCode}/years/{year}/xlsx")
    public ResponseEntity<byte[]> unitYear(@PathVariable String unitCode, @PathVariable int year,
                                           @RequestAttribute(ApiAuthenticationFilter.CALLER) Caller user) {
        access.requireWholeUnit(user, unitCode);
        return attachment(unitCode + " " + year + " 绩效目标表", workbooks.unitYear(unitCode, year));
    }

    /** Reads a workbook and answers its tables and problems; saves nothing. */
    @PostMapping("/api/tables/xlsx")
    public WorkbookImportService.ReadWorkbook read(@RequestPart("file") MultipartFile file) throws IOException {
        return imports.read(file.getBytes());
    }

    /** The leader's workbook becomes the table of their open 填报 (prefilled, not filed). */
    @PostMapping("/api/submissions/{submissionId}/xlsx")
    public SubmissionDetails prefill(@PathVariable long submissionId, @RequestPart("file") MultipartFile file,
                                     @RequestAttribute(ApiAuthenticationFilter.CALLER) Caller user)
            throws IOException {
        access.requireFile(user, submissions.get(submissionId));
        return imports.prefill(submissionId, file.getBytes());
    }

    /** The unit's finance imports a sheet per project: drafts updated, new projects opened. */
    @PostMapping("/api/units/{unitCode}/years/{year}/xlsx")
    public WorkbookImportService.UnitYearImport importUnitYear(
            @PathVariable String unitCode, @PathVariable int year, @RequestPart("file") MultipartFile file,
            @RequestAttribute(ApiAuthenticationFilter.CALLER) Caller user) throws IOException {
        access.requireUnitFinance(user, unitCode);
        return imports.importUnitYear(unitCode, year, file.getBytes());
    }

    private static ResponseEntity<byte[]> attachment(String name, byte[] workbook) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name.replaceAll("[\\\\/:*?\"<>|]", "_") + ".xlsx", StandardCharsets.UTF_8)
                        .build().toString())
                .body(workbook);
    }
}
