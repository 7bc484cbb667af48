package com.perftarget.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.rest.exception.RestException;

import com.fasterxml.jackson.core.JsonProcessingException;

import com.perftarget.access.AccessDeniedException;
import com.perftarget.process.approval.NotYourTaskException;
import com.perftarget.review.FourEyesViolationException;
import com.perftarget.shared.Failures;
import com.perftarget.shared.FieldError;
import com.perftarget.shared.InvalidInputException;

/**
 * How the engine's REST API ({@code /engine-rest} and the webapps' {@code /camunda/api/engine}) answers failures:
 * a refusal is a 4xx with a Chinese message, never a 500. The engine REST wraps whatever a command throws into a 500;
 * these mappers look at the cause: our input checks (400), access rules (403), a lost race (409), an unknown id
 * (404), unreadable JSON (400). Everything else keeps the engine's own answer. The body keeps the engine's shape
 * ({@code type}, {@code message}) with the refused fields added.
 */
public final class EngineRestErrors {

    private EngineRestErrors() {
    }

    /** The engine REST's own providers with our mappers in place of its three catch-all mappers. */
    public static Set<Class<?>> providers() {
        Set<Class<?>> providers = new LinkedHashSet<>(CamundaRestResources.getConfigurationClasses());
        providers.removeAll(Set.of(RestExceptionHandler.class, ProcessEngineExceptionHandler.class,
                ExceptionHandler.class));
        providers.addAll(List.of(OfRestException.class, OfProcessEngineException.class, OfAnyFailure.class));
        return providers;
    }

    public record Body(String type, String message, Integer code, List<FieldError> fieldErrors) {
    }

    static Response respond(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                return answer(Response.Status.BAD_REQUEST, invalid, invalid.getMessage(), invalid.errors());
            }
            if (t instanceof AccessDeniedException || t instanceof NotYourTaskException
                    || t instanceof FourEyesViolationException) {
                return answer(Response.Status.FORBIDDEN, t, t.getMessage(), List.of());
            }
            if (t instanceof AuthorizationException) {
                return answer(Response.Status.FORBIDDEN, t, "您无权执行此操作：" + t.getMessage(), List.of());
            }
            if (t instanceof OptimisticLockingException || t instanceof TaskAlreadyClaimedException
                    || Failures.isUniqueViolation(t)) {
                return answer(Response.Status.CONFLICT, t, "该任务刚被他人处理，请刷新后重试", List.of());
            }
            if (t instanceof NotFoundException
                    || t instanceof NullValueException && String.valueOf(t.getMessage()).startsWith("Cannot find")) {
                return answer(Response.Status.NOT_FOUND, t, "没有找到：" + t.getMessage(), List.of());
            }
            if (t instanceof NullValueException || isIncompleteRequest(t)) {
                return answer(Response.Status.BAD_REQUEST, t, "请求内容不完整：" + t.getMessage(), List.of());
            }
            if (t instanceof BadUserRequestException) {
                return answer(Response.Status.BAD_REQUEST, t, "请求有误：" + t.getMessage(), List.of());
            }
            if (t instanceof JsonProcessingException) {
                return answer(Response.Status.BAD_REQUEST, t, "请求内容不是有效的 JSON", List.of());
            }
        }
        return ExceptionHandlerHelper.getInstance().getResponse(failure);
    }

    private static Response answer(Response.Status status, Throwable cause, String message, List<FieldError> fields) {
        Integer code = cause instanceof ProcessEngineException engine ? engine.getCode() : null;
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Body(cause.getClass().getSimpleName(), message, code, fields)).build();
    }

    /**
     * The engine REST reads a request without null checks: a missing body or a {@code null} variable fails in its
     * own classes ({@code org.camunda.bpm.engine.rest}), before the engine ({@code …engine.impl}) is reached.
     */
    private static boolean isIncompleteRequest(Throwable failure) {
        StackTraceElement[] stack = failure.getStackTrace();
        return failure instanceof NullPointerException && stack.length > 0
                && stack[0].getClassName().startsWith("org.camunda.bpm.engine.rest.");
    }


    public static class OfRestException implements ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException exception) {
            return respond(exception);
        }
    }

    public static class OfProcessEngineException implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException exception) {
            return respond(exception);
        }
    }

    /** Also covers what the engine REST lets through as is: our own exceptions, Jackson's limits. */
    public static class OfAnyFailure implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable exception) {
            if (exception instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
                return ExceptionHandlerHelper.getInstance().getResponse(exception);
            }
            return respond(exception);
        }
    }
}
