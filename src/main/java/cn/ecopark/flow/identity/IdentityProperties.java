package cn.ecopark.flow.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who is seeded at start-up. Demo users exist only on the embedded default; production (mysql profile)
 * takes the administrator from the environment and has no demo accounts.
 */
@ConfigurationProperties(prefix = "ecopark")
public record IdentityProperties(DemoUsers demoUsers, Admin admin) {

    public record DemoUsers(boolean enabled, String password) {
    }

    public record Admin(String id, String password) {
    }
}
