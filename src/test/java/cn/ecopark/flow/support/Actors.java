package cn.ecopark.flow.support;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Supplier;

/**
 * Acts as a seeded demo user, with that user's groups, so the engine checks the same authorizations
 * it checks for a clerk in Tasklist.
 */
@Component
public class Actors {

    private final IdentityService identityService;

    public Actors(IdentityService identityService) {
        this.identityService = identityService;
    }

    public <T> T as(String userId, Supplier<T> action) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(g -> g.getId()).toList();
        identityService.setAuthentication(userId, groups);
        try {
            return action.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    public void as(String userId, Runnable action) {
        as(userId, () -> {
            action.run();
            return null;
        });
    }
}
