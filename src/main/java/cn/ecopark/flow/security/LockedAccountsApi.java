package cn.ecopark.flow.security;

import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.calendar.AppClock;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which accounts wrong passwords hold locked right now, for administrators. Camunda Admin offers "解锁用户" on
 * each user's page but does not show who is locked; this list does (GET /api/accounts/locked). A lock lasts at
 * most loginDelayMaxTime seconds and an administrator lifts it at once in Admin or with
 * POST /engine-rest/user/{id}/unlock.
 */
@RestController
class LockedAccountsApi {

    private static final ZoneId CHINA = AppClock.ZONE;

    private final IdentityService identityService;
    private final EngineAsSystem engine;

    LockedAccountsApi(IdentityService identityService, EngineAsSystem engine) {
        this.identityService = identityService;
        this.engine = engine;
    }

    @GetMapping("/api/accounts/locked")
    List<Map<String, Object>> locked() {
        if (!engine.callerIsIn(StaffGroup.ADMINS)) {
            throw new AuthorizationException("只有系统管理员可以查看被锁定的账户");
        }
        Date now = Date.from(AppClock.now());
        return identityService.createUserQuery().orderByUserId().asc().list().stream()
                .map(UserEntity.class::cast)
                .filter(user -> user.getLockExpirationTime() != null && user.getLockExpirationTime().after(now))
                .map(user -> view(user)).toList();
    }

    private static Map<String, Object> view(UserEntity user) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("userId", user.getId());
        view.put("name", name(user));
        view.put("failedAttempts", user.getAttempts());
        view.put("lockedUntil", OffsetDateTime.ofInstant(user.getLockExpirationTime().toInstant(), CHINA).toString());
        view.put("unlock", "Admin → 用户 → " + user.getId() + " → 解锁用户，或 POST /engine-rest/user/" + user.getId() + "/unlock");
        return view;
    }

    private static String name(User user) {
        return ((user.getLastName() == null ? "" : user.getLastName()) + (user.getFirstName() == null ? "" : user.getFirstName())).strip();
    }
}
