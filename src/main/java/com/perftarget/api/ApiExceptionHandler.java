package com.perftarget.api;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.perftarget.access.AccessDeniedException;
import com.perftarget.process.approval.NoOpenTaskException;
import com.perftarget.process.approval.NotYourTaskException;
import com.perftarget.review.FourEyesViolationException;
import com.perftarget.round.RoundExistsException;
import com.perftarget.round.RoundStateException;
import com.perftarget.shared.FieldError;
import com.perftarget.shared.InvalidInputException;
import com.perftarget.submission.AlreadyCarriedOverException;
import com.perftarget.submission.NotBeingFilledException;
import com.perftarget.submission.NotWithdrawableException;
import com.perftarget.submission.SubmissionNotFoundException;
import com.perftarget.validation.NoBudgetFiguresException;
import com.perftarget.validation.UnknownProfileException;
import com.perftarget.version.VersionNotFoundException;
import com.perftarget.workbook.DisclosureRefusedException;
import com.perftarget.workbook.DisclosureUnavailableException;
import com.perftarget.workbook.WorkbookRefusedException;

/** Maps failures of {@code /api/**} to a status and a JSON {@link ApiError}. */
@RestControllerAdvice(basePackages = "com.perftarget")
public class ApiExceptionHandler {

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiError> invalidInput(InvalidInputException e) {
        return ResponseEntity.badRequest().body(new ApiError("提交的内容有误，请修改后再提交", e.errors()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return ResponseEntity.badRequest().body(new ApiError("提交的内容有误，请修改后再提交",
                    List.of(new FieldError(field, field + " 的格式不正确"))));
        }
        return ResponseEntity.badRequest().body(ApiError.of("请求内容不是有效的 JSON"));
    }

    @ExceptionHandler(UnknownProfileException.class)
    ResponseEntity<ApiError> unknownProfile(UnknownProfileException e) {
        return ResponseEntity.badRequest().body(ApiError.of(e.getMessage()));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ApiError> badParameter(Exception e) {
        return ResponseEntity.badRequest().body(ApiError.of("请求参数有误：" + e.getMessage()));
    }

    @ExceptionHandler({SubmissionNotFoundException.class, VersionNotFoundException.class,
            NoBudgetFiguresException.class})
    ResponseEntity<ApiError> notFound(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(e.getMessage()));
    }

    @ExceptionHandler({AccessDeniedException.class, FourEyesViolationException.class, NotYourTaskException.class,
            AuthorizationException.class})
    ResponseEntity<ApiError> forbidden(RuntimeException e) {
        String message = e instanceof AuthorizationException ? "您无权执行此操作" : e.getMessage();
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiError.of(message));
    }

    @ExceptionHandler(WorkbookRefusedException.class)
    ResponseEntity<ApiError> refusedWorkbook(WorkbookRefusedException e) {
        return ResponseEntity.status(e.tooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST)
                .body(ApiError.of(e.getMessage()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> uploadTooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(ApiError.of("上传的文件超过允许的大小"));
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    ResponseEntity<ApiError> notAnUpload(Exception e) {
        return ResponseEntity.badRequest().body(ApiError.of("请以 multipart/form-data 上传文件，文件放在名为 file 的部分"));
    }

    @ExceptionHandler(DisclosureRefusedException.class)
    ResponseEntity<ApiError> disclosureRefused(DisclosureRefusedException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiError("预算公开文件暂不能生成",
                e.findings().stream().map(finding -> new FieldError("disclosure", finding)).toList()));
    }

    @ExceptionHandler(DisclosureUnavailableException.class)
    ResponseEntity<ApiError> disclosureUnavailable(DisclosureUnavailableException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(ApiError.of(e.getMessage()));
    }

    @ExceptionHandler({NotBeingFilledException.class, AlreadyCarriedOverException.class,
            NotWithdrawableException.class, RoundExistsException.class, RoundStateException.class})
    ResponseEntity<ApiError> notBeingFilled(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of(e.getMessage()));
    }

    @ExceptionHandler(NoOpenTaskException.class)
    ResponseEntity<ApiError> noOpenTask(NoOpenTaskException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of(e.getMessage()));
    }

    /** Two people (or two tabs, or a replayed request) acted on the same task at once: one wins, this one lost. */
    @ExceptionHandler({OptimisticLockingException.class, TaskAlreadyClaimedException.class,
            DataIntegrityViolationException.class})
    ResponseEntity<ApiError> concurrent(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(ApiError.of("该任务刚被他人处理，请刷新后重试"));
    }
}
