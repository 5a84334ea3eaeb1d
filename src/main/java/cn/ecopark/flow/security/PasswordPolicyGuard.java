package cn.ecopark.flow.security;

import static cn.ecopark.flow.security.CamundaInternals.field;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every password set through the API or Admin (create user, change credentials) must satisfy the engine's
 * password policy ({@code enablePasswordPolicy}, Camunda's built-in rules, which Admin also shows while one
 * types). The engine itself refuses a weak password with an English "Password does not match policy" that
 * engine-rest answers with 500; this guard refuses it first with HTTP 400 and a Chinese message naming what is
 * missing. Only start-up code may skip the policy, and only for the embedded demo accounts (IdentitySeeder).
 */
@Component
class PasswordPolicyGuard extends AbstractProcessEnginePlugin {

    private static final Field USER = field(SaveUserCmd.class, "user");
    private static final Field SKIP_POLICY = field(SaveUserCmd.class, "skipPasswordPolicy");
    /** The plain password being set (getPassword() returns the stored hash). */
    private static final Field NEW_PASSWORD = field(UserEntity.class, "newPassword");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new CheckPolicy(configuration));
    }

    private static final class CheckPolicy extends CommandInterceptor {

        private final ProcessEngineConfigurationImpl configuration;

        CheckPolicy(ProcessEngineConfigurationImpl configuration) {
            this.configuration = configuration;
        }

        @Override
        public <T> T execute(Command<T> command) {
            if (command instanceof SaveUserCmd && configuration.isEnablePasswordPolicy()
                    && CamundaInternals.get(USER, command) instanceof UserEntity user && user.hasNewPassword()
                    && !Boolean.TRUE.equals(CamundaInternals.get(SKIP_POLICY, command))) {
                PasswordPolicyResult result = configuration.getIdentityService()
                        .checkPasswordAgainstPolicy((String) CamundaInternals.get(NEW_PASSWORD, user), user);
                if (!result.isValid()) {
                    throw new BadUserRequestException("password：密码不符合密码策略，" + describe(result.getViolatedRules()));
                }
            }
            return next.execute(command);
        }
    }

    static String describe(List<PasswordPolicyRule> violated) {
        return violated.stream().map(PasswordPolicyGuard::describe).collect(Collectors.joining("；"));
    }

    private static String describe(PasswordPolicyRule rule) {
        Map<String, String> p = rule.getParameters() == null ? Map.of() : rule.getParameters();
        return switch (rule.getPlaceholder()) {
            case "PASSWORD_POLICY_LENGTH" -> "至少 " + p.get("minLength") + " 个字符";
            case "PASSWORD_POLICY_LOWERCASE" -> "至少 " + p.get("minLowerCase") + " 个小写字母";
            case "PASSWORD_POLICY_UPPERCASE" -> "至少 " + p.get("minUpperCase") + " 个大写字母";
            case "PASSWORD_POLICY_DIGIT" -> "至少 " + p.get("minDigit") + " 个数字";
            case "PASSWORD_POLICY_SPECIAL" -> "至少 " + p.get("minSpecial") + " 个特殊字符";
            case "PASSWORD_POLICY_USER_DATA" -> "不得包含用户名、姓名或邮箱";
            default -> "不满足规则 " + rule.getPlaceholder();
        };
    }


}
