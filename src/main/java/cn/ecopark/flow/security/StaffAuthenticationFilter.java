package cn.ecopark.flow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Who is calling our own API (/api) and staff pages (/staff): the person logged in to Cockpit or Tasklist
 * (the Camunda webapp session, same browser) or an HTTP Basic caller checked against Camunda's users. The
 * caller becomes the engine's current authentication for the request, so every engine call is checked
 * against their authorizations, exactly as on the engine REST API.
 *
 * <p>A browser sends its session cookie with any request, also one a foreign site makes it send; so a
 * session caller that changes something must also send the Camunda webapp's CSRF token (header
 * {@code X-XSRF-TOKEN}), as Cockpit and Tasklist themselves do.
 */
class StaffAuthenticationFilter extends OncePerRequestFilter {

    static final String ENGINE = "default";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final IdentityService identityService;

    StaffAuthenticationFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Caller caller = fromBasic(request);
        if (caller == null && request.getHeader("Authorization") != null) {
            refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "用户名或密码不正确");
            return;
        }
        if (caller == null) {
            caller = fromWebappSession(request);
            if (caller != null && !SAFE_METHODS.contains(request.getMethod()) && !csrfTokenMatches(request)) {
                refuse(request, response, HttpServletResponse.SC_FORBIDDEN,
                        "请求缺少有效的 X-XSRF-TOKEN（网页会话修改数据时必须携带）");
                return;
            }
        }
        if (caller == null) {
            refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED,
                    "请先登录：在 Cockpit 或 Tasklist 登录后再打开本页，或使用 HTTP Basic 认证");
            return;
        }
        identityService.setAuthentication(caller.userId(), caller.groupIds(), caller.tenantIds());
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private Caller fromBasic(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
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
        if (colon <= 0) {
            return null;
        }
        String userId = decoded.substring(0, colon);
        if (!identityService.checkPassword(userId, decoded.substring(colon + 1))) {
            return null;
        }
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
                .stream().map(Tenant::getId).toList();
        return new Caller(userId, groups, tenants);
    }

    private static Caller fromWebappSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null
                || !(authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user)) {
            return null;
        }
        return new Caller(user.getIdentityId(), orEmpty(user.getGroupIds()), orEmpty(user.getTenantIds()));
    }

    private static boolean csrfTokenMatches(HttpServletRequest request) {
        Object expected = request.getSession().getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        return expected != null && sent != null && MessageDigest.isEqual(
                expected.toString().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        response.setStatus(status);
        String accept = request.getHeader("Accept");
        boolean page = request.getRequestURI().startsWith(request.getContextPath() + "/staff/")
                && accept != null && accept.contains("text/html");
        if (page) {
            // A person in a browser: say where to log in; no Basic challenge (the browser's password box).
            response.setContentType("text/html;charset=UTF-8");
            String root = request.getContextPath();
            response.getWriter().write("""
                    <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>请先登录</title></head>
                    <body style="font-family:sans-serif;margin:3em"><h1>请先登录</h1><p>%s</p>
                    <p><a href="%s/camunda/app/cockpit/">登录 Cockpit</a> ｜ <a href="%s/camunda/app/tasklist/">登录 Tasklist</a></p>
                    </body></html>""".formatted(message, root, root));
            return;
        }
        // Browsers send Sec-Fetch-Mode; a Basic challenge would make them pop up a password box over our pages.
        if (status == HttpServletResponse.SC_UNAUTHORIZED && request.getHeader("Sec-Fetch-Mode") == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"ecopark-flow\", charset=\"UTF-8\"");
        }
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"status\":" + status + ",\"message\":\"" + message + "\"}");
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    record Caller(String userId, List<String> groupIds, List<String> tenantIds) {
    }
}
