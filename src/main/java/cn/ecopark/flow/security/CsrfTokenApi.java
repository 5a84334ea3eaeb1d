package cn.ecopark.flow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Collections;
import java.util.Map;

/**
 * {@code GET /api/me/csrf-token}: the caller's own webapp-session CSRF token, which our staff pages send as
 * X-XSRF-TOKEN when they change data. Camunda keeps its XSRF-TOKEN cookie on /camunda, out of the pages' reach; a
 * foreign site cannot read this answer (same-origin policy), so handing the token to the session's own pages is safe.
 */
@RestController
class CsrfTokenApi {

    @GetMapping("/api/me/csrf-token")
    Map<String, Object> token(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object token = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        return Collections.singletonMap("token", token == null ? null : token.toString());
    }
}
