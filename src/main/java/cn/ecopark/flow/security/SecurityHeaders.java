package cn.ecopark.flow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Browser protections for our own pages and APIs (/staff, /public, /api; the Camunda webapps under /camunda send
 * their own). Scripts run only from our origin or when they are, byte for byte, an inline script shipped in one of
 * our page files (its SHA-256 is allowed, so a script injected through data is not); the print buttons' inline
 * handler is allowed by its hash alone. Inline styles stay allowed: the pages and ECharts' SVG set style attributes,
 * and a style cannot run code. No page may be framed (clickjacking), no response is content-sniffed, and no
 * address (which can carry a case number) leaks to another site as a referrer.
 */
class SecurityHeaders extends OncePerRequestFilter {

    /** Where our page files live: every inline script shipped in one of them is allowed, a new page included. */
    static final String[] PAGE_FOLDERS = {"classpath*:staff/*.html", "classpath*:static/public/*.html"};
    /** Inline event handlers the pages use (the print button of the dashboard and the approval sheet). */
    static final String[] HANDLERS = {"window.print()"};

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);

    private final String policy;

    SecurityHeaders() {
        Set<String> hashes = new LinkedHashSet<>();
        for (String page : pages()) {
            Matcher script = INLINE_SCRIPT.matcher(page);
            while (script.find()) {
                hashes.add(sha256(script.group(1)));
            }
        }
        StringBuilder handlers = new StringBuilder();
        for (String handler : HANDLERS) {
            handlers.append(" '").append(sha256(handler)).append('\'');
        }
        this.policy = "default-src 'self'; script-src 'self' " + String.join(" ", hashes.stream().map(h -> "'" + h + "'").toList())
                + " 'unsafe-hashes'" + handlers
                + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'"
                + "; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    String policy() {
        return policy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        chain.doFilter(request, response);
    }

    /** The text of every page file we ship. */
    static List<String> pages() {
        List<String> pages = new ArrayList<>();
        try {
            for (String folder : PAGE_FOLDERS) {
                for (Resource resource : new PathMatchingResourcePatternResolver().getResources(folder)) {
                    try (InputStream in = resource.getInputStream()) {
                        pages.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Our page files cannot be read", e);
        }
        return pages;
    }

    static String sha256(String text) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
