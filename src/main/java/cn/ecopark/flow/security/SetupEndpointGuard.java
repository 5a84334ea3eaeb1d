package cn.ecopark.flow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Refuses Camunda's first-run setup (the Admin app's "create initial user" page and its API,
 * CVE-2026-77226 in 7.24.0) however the path is spelled: encoded, with path parameters, doubled
 * slashes or mixed case. An administrator is always seeded at start-up, so the setup has no use here.
 */
class SetupEndpointGuard extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isSetupPath(request.getRequestURI())) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"type\":\"Forbidden\",\"message\":\"初始化设置已关闭：系统管理员由部署配置创建。\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isSetupPath(String requestUri) {
        if (requestUri == null) {
            return false;
        }
        String path = requestUri;
        // Decode repeatedly so %252F-style double encoding cannot slip past.
        for (int i = 0; i < 3; i++) {
            String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            if (decoded.equals(path)) {
                break;
            }
            path = decoded;
        }
        path = path.toLowerCase(Locale.ROOT)
                .replace('\\', '/')
                .replaceAll(";[^/]*", "")
                .replaceAll("/+", "/");
        return path.contains("/api/admin/setup") || path.matches(".*/app/admin/[^/]+/setup(/.*)?");
    }
}
