package com.perftarget.api;

import java.io.IOException;
import java.net.URLDecoder;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.perftarget.access.Caller;
import com.perftarget.shared.ControlCharacters;

/**
 * HTTP Basic for {@code /api/**} with the same users as the webapps, or the webapps' own login of this browser
 * session (with its CSRF token for changes). The authenticated caller is also the
 * engine's current authentication for the request, so what the engine records names them.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

    private static final String ENGINE = "default";

    /** The request attribute under which the authenticated {@link Caller} is left for the controllers. */
    public static final String CALLER = "com.perftarget.api.Caller";

    private final IdentityService identity;
    private final String requiredGroup;

    /** {@code requiredGroup}: the group a caller must belong to, or {@code null} for any authenticated user. */
    public ApiAuthenticationFilter(IdentityService identity, String requiredGroup) {
        this.identity = identity;
        this.requiredGroup = requiredGroup;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Tables and opinions are nobody's cache entry, and nothing here is to be sniffed into HTML.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (!isReadableQuery(request.getQueryString())) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "请求参数无效或含有不可见的控制字符");
            return;
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        String userId = header == null ? webappUser(request) : null;
        if (userId == null) {
            String[] credentials = basicCredentials(header);
            if (credentials == null || !identity.checkPassword(credentials[0], credentials[1])) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"perftarget\", charset=\"UTF-8\"");
                refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "需要登录：用户名或密码不正确");
                return;
            }
            userId = credentials[0];
        } else if (!isSafe(request) && !hasWebappCsrfToken(request)) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "请求缺少有效的 CSRF 令牌，请刷新页面后重试");
            return;
        }
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        if (requiredGroup != null && !groups.contains(requiredGroup)) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "只有系统管理员可以访问");
            return;
        }
        request.setAttribute(ApiAuthenticationFilter.CALLER, new Caller(userId, groups));
        identity.setAuthentication(userId, groups);
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }

    /**
     * The person logged in to the webapps in this browser session (Tasklist's 导出/导入 Excel call the API with it),
     * or {@code null}. A request with credentials of its own is judged by them alone.
     */
    private static String webappUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Authentications logins = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        return logins != null && logins.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user
                ? user.getName() : null;
    }

    /**
     * A change made with the session cookie must carry the webapps' CSRF token (as Tasklist's own requests do), so
     * that another site cannot make the browser import into someone's table.
     */
    private static boolean hasWebappCsrfToken(HttpServletRequest request) {
        Object expected = request.getSession().getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        return expected instanceof String token && sent != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isSafe(HttpServletRequest request) {
        return List.of("GET", "HEAD", "OPTIONS").contains(request.getMethod());
    }

    /** A query string that decodes, without control characters (PostgreSQL refuses NUL in a query parameter). */
    private static boolean isReadableQuery(String query) {
        if (query == null) {
            return true;
        }
        try {
            return !ControlCharacters.in(URLDecoder.decode(query.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"" + message + "\",\"fieldErrors\":[]}");
    }

    private static String[] basicCredentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }
}
