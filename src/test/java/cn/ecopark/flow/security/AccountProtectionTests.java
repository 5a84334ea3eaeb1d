package cn.ecopark.flow.security;

import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Date;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, must-have 4 (accounts): wrong passwords slow a login down but never lock an account for good, an
 * administrator lifts a lock at once, and every password set through the API satisfies the password policy.
 * The engine's clock is moved instead of waiting out the delays.
 */
@EcoparkSpringTest
class AccountProtectionTests {

    private static final AtomicInteger USERS = new AtomicInteger();
    private static final String PASSWORD = "Probe-pass-2026!";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    Http http;
    String userId;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        userId = "account-probe-" + USERS.incrementAndGet();
        User user = identityService.newUser(userId);
        user.setFirstName("测试");
        user.setLastName("账户");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(userId, "applicants");
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        identityService.deleteUser(userId);
    }

    @Test
    void twentyWrongPasswordsSlowTheAccountDownButNeverLockItForGood() {
        Date start = ClockUtil.getCurrentTime();
        for (int attempt = 1; attempt <= 20; attempt++) {
            // Each wrong password is tried after the previous delay has passed, so every one of them counts.
            ClockUtil.setCurrentTime(new Date(start.getTime() + attempt * 61_000L));
            assertThat(login("wrong-" + attempt)).isEqualTo(401);
        }
        assertThat(((UserEntity) identityService.createUserQuery().userId(userId).singleResult()).getAttempts()).isEqualTo(20);

        // While the delay runs, even the right password is refused ...
        assertThat(login(PASSWORD)).isEqualTo(401);
        // ... and once it has passed (never more than 60 s), the right password works again.
        ClockUtil.setCurrentTime(new Date(start.getTime() + 21 * 61_000L + 61_000L));
        assertThat(login(PASSWORD)).isEqualTo(200);
        assertThat(((UserEntity) identityService.createUserQuery().userId(userId).singleResult()).getAttempts()).isZero();
    }

    @Test
    void anAdministratorLiftsALockAtOnceAndNobodyElseCan() {
        assertThat(login("wrong")).isEqualTo(401);
        assertThat(login(PASSWORD)).as("locked for the delay").isEqualTo(401);
        UserEntity locked = (UserEntity) identityService.createUserQuery().userId(userId).singleResult();
        assertThat(locked.getLockExpirationTime()).isAfter(ClockUtil.getCurrentTime());

        // Administrators see who is locked (Camunda Admin offers the unlock but does not list locks).
        Http.Response locks = http.get("/api/accounts/locked", "admin:admin");
        assertThat(locks.status()).isEqualTo(200);
        assertThat(locks.json().findValuesAsText("userId")).contains(userId);
        assertThat(http.get("/api/accounts/locked", "manager").status()).isEqualTo(403);

        assertThat(http.post("/engine-rest/user/" + userId + "/unlock", "weihai-clerk", null).status()).isEqualTo(403);
        assertThat(http.post("/engine-rest/user/" + userId + "/unlock", "manager", null).status()).isEqualTo(403);
        assertThat(login(PASSWORD)).isEqualTo(401);

        assertThat(http.post("/engine-rest/user/" + userId + "/unlock", "admin:admin", null).status()).isEqualTo(204);
        assertThat(http.get("/api/accounts/locked", "admin:admin").json().findValuesAsText("userId")).doesNotContain(userId);
        assertThat(login(PASSWORD)).isEqualTo(200);
    }

    @Test
    void aClerkCannotSetAWeakPasswordAndKeepsTheOldOne() {
        Http.Response response = http.put("/engine-rest/user/zibo-clerk/credentials", "zibo-clerk",
                Http.json(Map.of("password", "1", "authenticatedUserPassword", "demo")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("password：密码不符合密码策略").contains("至少 10 个字符");
        assertThat(http.get("/engine-rest/task", "zibo-clerk").status()).isEqualTo(200);
        assertThat(identityService.checkPassword("zibo-clerk", "1")).isFalse();
    }

    @Test
    void everyPasswordSetThroughTheApiFollowsThePolicy() {
        for (String weak : new String[]{"short1!A", "alllowercase-123!", "NoDigitsHere!!", "NoSpecial12345", userId + "-X1!"}) {
            Http.Response response = http.put("/engine-rest/user/" + userId + "/credentials", userId + ":" + PASSWORD,
                    Http.json(Map.of("password", weak, "authenticatedUserPassword", PASSWORD)));
            assertThat(response.status()).as(weak).isEqualTo(400);
        }
        assertThat(login(PASSWORD)).isEqualTo(200);

        // An administrator creating an account in Admin is held to the same policy.
        Http.Response weakAccount = http.post("/engine-rest/user/create", "admin:admin", Http.json(Map.of(
                "profile", Map.of("id", "weak-" + userId, "firstName", "弱", "lastName", "密码"),
                "credentials", Map.of("password", "123456"))));
        assertThat(weakAccount.status()).isEqualTo(400);
        assertThat(identityService.createUserQuery().userId("weak-" + userId).count()).isZero();

        // A password that satisfies the policy is accepted.
        Http.Response strong = http.put("/engine-rest/user/" + userId + "/credentials", userId + ":" + PASSWORD,
                Http.json(Map.of("password", "Another-pass-2027", "authenticatedUserPassword", PASSWORD)));
        assertThat(strong.status()).isEqualTo(204);
        assertThat(http.get("/engine-rest/task", userId + ":Another-pass-2027").status()).isEqualTo(200);
    }

    private int login(String password) {
        return http.get("/engine-rest/task", userId + ":" + password).status();
    }
}
