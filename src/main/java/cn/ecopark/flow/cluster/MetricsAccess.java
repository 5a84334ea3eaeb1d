package cn.ecopark.flow.cluster;

import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.web.ErrorAnswer;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * {@code /actuator/metrics} is for managers and administrators: the staff authentication (HTTP Basic or the
 * webapp login) has identified the caller; anyone else gets 403. Health ({@code /actuator/health/**}) stays
 * open for the load balancer and tells nothing but UP or DOWN.
 */
@Configuration
class MetricsAccess {

    static final Set<String> READERS = Set.of(StaffGroup.MANAGERS, StaffGroup.ADMINS);

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> metricsAccessFilter(IdentityService identity) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Authentication caller = identity.getCurrentAuthentication();
                List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
                if (groups.stream().noneMatch(READERS::contains)) {
                    ErrorAnswer answer = new ErrorAnswer(403, ErrorAnswer.FORBIDDEN, "运行指标仅向管理人员和系统管理员开放", null);
                    response.setStatus(403);
                    response.setContentType("application/json;charset=UTF-8");
                    new ObjectMapper().writeValue(response.getOutputStream(), answer.body());
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.setName("ecopark-metrics-access");
        registration.addUrlPatterns("/actuator/metrics", "/actuator/metrics/*");
        // After the staff authentication (HIGHEST_PRECEDENCE + 20), which identifies the caller.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }
}
