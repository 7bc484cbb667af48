package com.perftarget.api;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.perftarget.access.AccessPolicy;
import com.perftarget.access.Caller;
import com.perftarget.progress.ProgressExport;
import com.perftarget.progress.ProgressService;
import com.perftarget.progress.UnitProgress;
import com.perftarget.shared.FieldError;
import com.perftarget.shared.InvalidInputException;

/** A budget year's progress per unit, for the bureau and administrators: JSON, or a CSV / .xlsx download. */
@RestController
public class ProgressController {

    private final ProgressService progress;
    private final AccessPolicy access;

    public ProgressController(ProgressService progress, AccessPolicy access) {
        this.progress = progress;
        this.access = access;
    }

    @GetMapping("/api/rounds/{year}/progress")
    public List<UnitProgress> of(@PathVariable int year, @RequestAttribute(ApiAuthenticationFilter.CALLER) Caller user) {
        access.requireOverview(user);
        return progress.of(year);
    }

    @GetMapping(path = "/api/rounds/{year}/progress", params = "format")
    public ResponseEntity<byte[]> download(@PathVariable int year, @RequestParam String format,
                                           @RequestAttribute(ApiAuthenticationFilter.CALLER) Caller user) {
        access.requireOverview(user);
        return switch (format) {
            case "csv" -> file(year, "csv", new MediaType("text", "csv", StandardCharsets.UTF_8),
                    ProgressExport.csv(progress.of(year)));
            case "xlsx" -> file(year, "xlsx", WorkbookController.XLSX, ProgressExport.xlsx(progress.of(year)));
            default -> throw new InvalidInputException(List.of(new FieldError("format", "format 只能是 csv 或 xlsx")));
        };
    }

    private static ResponseEntity<byte[]> file(int year, String extension, MediaType type, byte[] content) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition
                .attachment().filename(year + " 年度进度." + extension, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
