package com.perftarget.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.perftarget.access.AccessPolicy;
import com.perftarget.access.Caller;
import com.perftarget.submission.Submission;
import com.perftarget.shared.FieldError;
import com.perftarget.shared.InvalidInputException;
import com.perftarget.submission.SubmissionDetails;
import com.perftarget.submission.SubmissionService;
import com.perftarget.workbook.DisclosureService;
import com.perftarget.workbook.WorkbookImportService;
import com.perftarget.workbook.WorkbookService;

/** Tables as Excel workbooks in the 绩效目标表 layout: out for whoever may read them, in for whoever may fill them. */
@RestController
public class WorkbookController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final WorkbookService workbooks;
    private final WorkbookImportService imports;
    private final DisclosureService disclosures;
    private final SubmissionService submissions;
    private final AccessPolicy access;

    public WorkbookController(WorkbookService workbooks, WorkbookImportService imports,
                              DisclosureService disclosures, SubmissionService submissions, AccessPolicy access) {
        this.workbooks = workbooks;
        this.imports = imports;
        this.disclosures = disclosures;
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
    @PostMapping(path = "/api/tables/xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public WorkbookImportService.ReadWorkbook read(@RequestPart("file") MultipartFile file) throws IOException {
        return imports.read(file.getBytes());
    }

    /** The leader's workbook becomes the table of their open 填报 (prefilled, not filed). */
    @PostMapping(path = "/api/submissions/{submissionId}/xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public SubmissionDetails prefill(@PathVariable long submissionId, @RequestPart("file") MultipartFile file,
                                     @RequestAttribute(ApiAuthenticationFilter.CALLER) Caller user)
            throws IOException {
        access.requireFile(user, submissions.get(submissionId));
        return imports.prefill(submissionId, file.getBytes());
    }

    /** The unit's finance imports a sheet per project: drafts updated, new projects opened. */
    @PostMapping(path = "/api/units/{unitCode}/years/{year}/xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public WorkbookImportService.UnitYearImport importUnitYear(
            @PathVariable String unitCode, @PathVariable int year, @RequestPart("file") MultipartFile file,
            @RequestAttribute(ApiAuthenticationFilter.CALLER) Caller user) throws IOException {
        access.requireUnitFinance(user, unitCode);
        return imports.importUnitYear(unitCode, year, file.getBytes());
    }

    /** The 预算公开 document of a unit-year from its approved tables: Word, PDF or Excel. */
    @GetMapping("/api/units/{unitCode}/years/{year}/disclosure")
    public ResponseEntity<byte[]> disclosure(@PathVariable String unitCode, @PathVariable int year,
                                             @RequestParam String format,
                                             @RequestAttribute(ApiAuthenticationFilter.CALLER) Caller user) {
        access.requireWholeUnit(user, unitCode);
        DisclosureService.Format chosen = Arrays.stream(DisclosureService.Format.values())
                .filter(f -> f.name().equalsIgnoreCase(format)).findFirst()
                .orElseThrow(() -> new InvalidInputException(List.of(new FieldError("format",
                        "format 只能是 docx、pdf 或 xlsx"))));
        return attachment(unitCode + " " + year + " 项目支出绩效目标公开", chosen.name().toLowerCase(),
                DOCUMENT_TYPES.get(chosen), disclosures.generate(unitCode, year, chosen));
    }

    private static final Map<DisclosureService.Format, MediaType> DOCUMENT_TYPES = Map.of(
            DisclosureService.Format.DOCX,
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            DisclosureService.Format.PDF, MediaType.APPLICATION_PDF,
            DisclosureService.Format.XLSX, XLSX);

    private static ResponseEntity<byte[]> attachment(String name, byte[] workbook) {
        return attachment(name, "xlsx", XLSX, workbook);
    }

    private static ResponseEntity<byte[]> attachment(String name, String extension, MediaType type, byte[] workbook) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name.replaceAll("[\\\\/:*?\"<>|]", "_") + "." + extension, StandardCharsets.UTF_8)
                        .build().toString())
                .body(workbook);
    }
}
