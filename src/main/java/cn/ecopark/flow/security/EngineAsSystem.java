package cn.ecopark.flow.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Runs an engine call without the caller's authorization checks, after the caller's right to the business
 * action has been checked in our code (e.g. only ecology registers a 公示 objection). It gives no more than
 * that one call, and the caller's authentication is restored afterwards.
 */
@Component
public class EngineAsSystem {

    private final IdentityService identityService;

    public EngineAsSystem(IdentityService identityService) {
        this.identityService = identityService;
    }

    public <T> T call(Supplier<T> action) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return action.get();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }

    public void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    /** True when the current caller belongs to the group. */
    public boolean callerIsIn(String groupId) {
        Authentication caller = identityService.getCurrentAuthentication();
        return caller != null && caller.getGroupIds() != null && caller.getGroupIds().contains(groupId);
    }
}
