package com.perftarget.version;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.perftarget.table.TableDiff;
import com.perftarget.table.TargetTable;

/** Keeps every filed version of a table, immutable, and compares any two. */
@Service
@Transactional
public class VersionService {

    private final SubmissionVersionRepository versions;
    private final VersionApprovalRepository approvals;
    private final ObjectMapper json;

    public VersionService(SubmissionVersionRepository versions, VersionApprovalRepository approvals,
                          ObjectMapper json) {
        this.versions = versions;
        this.approvals = approvals;
        this.json = json;
    }

    /**
     * Stores {@code table} as the next version. Runs in the caller's transaction, so a failure later in it removes
     * the version again; the unique (submission, version) key makes a racing second filing fail instead of
     * producing a second version of the same number.
     */
    public Version record(long submissionId, TargetTable table, String author) {
        int next = versions.findLatestVersionNo(submissionId).map(latest -> latest + 1).orElse(1);
        String content = write(table);
        SubmissionVersion stored = versions.save(new SubmissionVersion(submissionId, next, content, sha256(content),
                author));
        // The table just written, not read back from its JSON.
        return new Version(stored.getVersionNo(), stored.getAuthor(), stored.getCreatedAt(),
                stored.getContentSha256(), table);
    }

    @Transactional(readOnly = true)
    public List<Version> list(long submissionId) {
        return versions.findBySubmissionId(submissionId).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<VersionHeader> latestHeader(long submissionId) {
        return versions.findLatestHeader(submissionId);
    }

    @Transactional(readOnly = true)
    public Version get(long submissionId, int versionNo) {
        return versions.findBySubmissionIdAndVersionNo(submissionId, versionNo).map(this::view)
                .orElseThrow(() -> new VersionNotFoundException(submissionId, versionNo));
    }

    @Transactional(readOnly = true)
    public Optional<Version> latest(long submissionId) {
        return versions.findLatest(submissionId).map(this::view);
    }

    @Transactional(readOnly = true)
    public TableDiff diff(long submissionId, int from, int to) {
        return TableDiff.between(from, get(submissionId, from).table(), to, get(submissionId, to).table());
    }

    /** Marks version {@code versionNo} as the one finally approved. */
    public void markApproved(long submissionId, int versionNo, String approvedBy) {
        approvals.save(new VersionApproval(submissionId, versionNo, approvedBy));
    }

    @Transactional(readOnly = true)
    public Optional<VersionApproval> approval(long submissionId) {
        return approvals.findBySubmissionId(submissionId);
    }

    private Version view(SubmissionVersion stored) {
        try {
            return new Version(stored.getVersionNo(), stored.getAuthor(), stored.getCreatedAt(),
                    stored.getContentSha256(), json.readValue(stored.getContent(), TargetTable.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored version cannot be read: " + stored.getVersionNo(), e);
        }
    }

    private String write(TargetTable table) {
        try {
            return json.writeValueAsString(table);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("table cannot be written as JSON", e);
        }
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
