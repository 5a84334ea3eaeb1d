package cn.ecopark.flow.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** {@link SecurityHeaders} on our pages and APIs, before authentication so a refusal carries them too. */
@Configuration
class SecurityHeadersConfig {

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setName("ecopark-security-headers");
        registration.addUrlPatterns("/staff/*", "/public/*", "/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
