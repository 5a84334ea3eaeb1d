package cn.ecopark.flow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Errors no handler answered, typically thrown by a filter before any controller runs (the login check when
 * the database is down): answered like every other error ({@link ErrorAnswer}: 503 with a Chinese message
 * for a database outage, 500 with a logged reference otherwise) instead of the servlet container's page.
 */
@Configuration
class UncaughtErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> uncaughtErrorsFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                try {
                    chain.doFilter(request, response);
                } catch (IOException | ServletException | RuntimeException e) {
                    if (response.isCommitted()) {
                        throw e;
                    }
                    ErrorAnswer answer = ErrorAnswer.of(e);
                    response.resetBuffer();
                    response.setStatus(answer.status());
                    if (answer.status() == 503) {
                        response.setHeader("Retry-After", "30");
                    }
                    response.setContentType("application/json;charset=UTF-8");
                    JSON.writeValue(response.getOutputStream(), answer.body());
                }
            }
        });
        registration.setName("ecopark-uncaught-errors");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
