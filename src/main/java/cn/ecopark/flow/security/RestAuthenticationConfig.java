package cn.ecopark.flow.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine REST API and our own /api endpoints accept only authenticated calls (HTTP Basic against
 * Camunda's identity service; /api and the /staff pages also the Cockpit/Tasklist login of the same browser,
 * see {@link StaffAuthenticationFilter}). The filter also sets the caller as the engine's current
 * authentication, so every engine call made for the request is checked against the caller's authorizations.
 */
@Configuration
class RestAuthenticationConfig {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("ecopark-rest-authentication");
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<StaffAuthenticationFilter> staffAuthenticationFilter(IdentityService identityService) {
        FilterRegistrationBean<StaffAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new StaffAuthenticationFilter(identityService));
        registration.setName("ecopark-staff-authentication");
        // /actuator/metrics: managers and administrators only (cluster.MetricsAccess checks the groups).
        registration.addUrlPatterns("/api/*", "/staff/*", "/actuator/metrics", "/actuator/metrics/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SetupEndpointGuard> setupEndpointGuard() {
        FilterRegistrationBean<SetupEndpointGuard> registration = new FilterRegistrationBean<>(new SetupEndpointGuard());
        registration.setName("ecopark-setup-endpoint-guard");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
