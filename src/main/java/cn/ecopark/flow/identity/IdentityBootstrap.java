package cn.ecopark.flow.identity;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Seeds groups, people, authorizations and Tasklist filters at every start; each step is idempotent. */
@Component
@Order(0)
class IdentityBootstrap implements ApplicationRunner {

    private final IdentitySeeder identity;
    private final AuthorizationSeeder authorizations;
    private final TaskFilterSeeder filters;

    IdentityBootstrap(IdentitySeeder identity, AuthorizationSeeder authorizations, TaskFilterSeeder filters) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
    }

    @Override
    public void run(ApplicationArguments args) {
        identity.seed();
        authorizations.seed();
        filters.seed();
    }
}
