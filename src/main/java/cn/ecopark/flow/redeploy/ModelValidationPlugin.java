package cn.ecopark.flow.redeploy;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.repository.DeploymentBuilderImpl;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks every deployment against {@link ModelRules} before the engine parses it, whatever the route: Camunda
 * Modeler and any engine REST client ({@code POST /engine-rest/deployment/create}), the Java
 * {@code RepositoryService}, and the start-up deployment of processes/ and forms/ ({@code engine.ModelDeployment}).
 * A deployment with any problem is refused whole ({@link ModelsRefused}, inside the deploy command, so its
 * transaction rolls back and nothing is stored). Deployments and refusals go to the {@link ModelChangeLog}.
 *
 * <p>Hooks: a custom pre-deployer (runs on each new deployment before the BPMN/DMN/form deployers), a custom
 * post-deployer (logs a committed deployment in the same transaction), and a command interceptor around
 * {@code DeployCmd} (logs a refusal, of ours, the engine's parser or the authorization check, in its own transaction).
 */
@Component
class ModelValidationPlugin extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(ModelValidationPlugin.class);

    private final ListableBeanFactory beans;
    private final ModelChangeLog changeLog;

    ModelValidationPlugin(ListableBeanFactory beans, ModelChangeLog changeLog) {
        this.beans = beans;
        this.changeLog = changeLog;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreDeployers() == null) {
            configuration.setCustomPreDeployers(new ArrayList<>());
        }
        configuration.getCustomPreDeployers().add(new ValidatingDeployer());
        if (configuration.getCustomPostDeployers() == null) {
            configuration.setCustomPostDeployers(new ArrayList<>());
        }
        configuration.getCustomPostDeployers().add(new RecordingDeployer());
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new RefusalRecorder(configuration));
    }

    /** Runs the house rules on a new deployment; the engine calls deployers again (not new) when it reloads its cache. */
    final class ValidatingDeployer implements Deployer {
        @Override
        public void deploy(DeploymentEntity deployment) {
            if (!deployment.isNew()) {
                return;
            }
            Map<String, byte[]> resources = new TreeMap<>();
            deployment.getResources().forEach((name, resource) -> resources.put(name, resource.getBytes()));
            List<ModelProblem> problems = ModelRules.check(resources, new EngineSurroundings(Context.getCommandContext()));
            if (!problems.isEmpty()) {
                throw new ModelsRefused(problems);
            }
        }
    }

    final class RecordingDeployer implements Deployer {
        @Override
        public void deploy(DeploymentEntity deployment) {
            if (!deployment.isNew()) {
                return;
            }
            List<String> definitions = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            deployment.getDeployedArtifacts().values().forEach(list -> list.forEach(artifact -> {
                if (artifact instanceof ResourceDefinition definition) {
                    definitions.add(definition.getKey() + " 第" + definition.getVersion() + "版");
                    if (artifact instanceof org.camunda.bpm.engine.repository.ProcessDefinition) {
                        keys.add(definition.getKey());
                    }
                }
            }));
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("resources", new ArrayList<>(new TreeMap<>(deployment.getResources()).keySet()));
            details.put("definitions", definitions);
            changeLog.record(ModelChange.Kind.DEPLOYED, Context.getCommandContext().getAuthenticatedUserId(),
                    deployment.getId(), deployment.getName(), deployment.getSource(), keys,
                    "部署 " + deployment.getResources().size() + " 个文件：" + String.join("、", definitions), details);
        }
    }

    /** What earlier deployments hold, read inside the deploy command (without authorization checks, as deployers run). */
    final class EngineSurroundings implements ModelRules.Surroundings {
        private final CommandContext context;

        EngineSurroundings(CommandContext context) {
            this.context = context;
        }

        @Override
        public Optional<String> earlierForm(String key, Integer version) {
            var manager = context.getCamundaFormDefinitionManager();
            var form = version == null ? manager.findLatestDefinitionByKey(key)
                    : manager.findDefinitionByKeyVersionAndTenantId(key, version, null);
            if (form == null) {
                return Optional.empty();
            }
            ResourceEntity resource = context.getResourceManager()
                    .findResourceByDeploymentIdAndResourceName(form.getDeploymentId(), form.getResourceName());
            return resource == null ? Optional.empty()
                    : Optional.of(new String(resource.getBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }

        @Override
        public boolean earlierDecision(String key, Integer version) {
            var manager = context.getDecisionDefinitionManager();
            return (version == null ? manager.findLatestDecisionDefinitionByKey(key)
                    : manager.findDecisionDefinitionByKeyAndVersion(key, version)) != null;
        }

        @Override
        public boolean beanExists(String name) {
            return beans.containsBean(name);
        }
    }

    /** Logs every refused deployment: ours (problems), the engine's parser, the authorization check (a non-admin). */
    final class RefusalRecorder extends CommandInterceptor {
        private final ProcessEngineConfigurationImpl configuration;

        RefusalRecorder(ProcessEngineConfigurationImpl configuration) {
            this.configuration = configuration;
        }

        @Override
        public <T> T execute(Command<T> command) {
            if (!(command instanceof DeployCmd deploy)) {
                return next.execute(command);
            }
            try {
                return next.execute(command);
            } catch (RuntimeException refused) {
                try {
                    recordRefusal(deploy, refused);
                } catch (RuntimeException e) {
                    log.warn("Could not log the refused deployment", e);
                }
                throw refused;
            }
        }

        private void recordRefusal(DeployCmd command, RuntimeException refused) {
            DeploymentEntity deployment = builderOf(command).map(DeploymentBuilderImpl::getDeployment).orElse(null);
            List<String> resources = deployment == null || deployment.getResources() == null ? List.of()
                    : new ArrayList<>(new TreeMap<>(deployment.getResources()).keySet());
            List<String> keys = resources.stream().filter(r -> r.endsWith(".bpmn"))
                    .map(r -> r.substring(r.lastIndexOf('/') + 1, r.length() - ".bpmn".length())).toList();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("resources", resources);
            String summary;
            if (refused instanceof ModelsRefused models) {
                details.put("problems", models.problems());
                summary = "未通过校验，" + models.problems().size() + " 个问题";
            } else if (refused instanceof AuthorizationException) {
                summary = "无部署权限（只有系统管理员可以部署）";
            } else if (refused instanceof ParseException parse) {
                List<ModelProblem> problems = new ArrayList<>();
                parse.getResorceReports().forEach(report -> report.getErrors().forEach(error ->
                        problems.add(new ModelProblem(report.getResourceName(), error.getMainElementId(), error.getMessage()))));
                details.put("problems", problems);
                summary = "引擎解析失败，" + problems.size() + " 个问题";
            } else {
                details.put("error", refused.getMessage());
                summary = "部署失败：" + refused.getMessage();
            }
            Authentication caller = configuration.getIdentityService().getCurrentAuthentication();
            changeLog.recordSeparately(ModelChange.Kind.REFUSED, caller == null ? null : caller.getUserId(), null,
                    deployment == null ? null : deployment.getName(), deployment == null ? null : deployment.getSource(),
                    keys, summary, details);
        }
    }

    private static final Field BUILDER = builderField();

    private static Field builderField() {
        try {
            Field field = DeployCmd.class.getDeclaredField("deploymentBuilder");
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** DeployCmd keeps its builder to itself; the refusal log wants its name, source and file names. */
    private static Optional<DeploymentBuilderImpl> builderOf(DeployCmd command) {
        try {
            return BUILDER == null ? Optional.empty() : Optional.ofNullable((DeploymentBuilderImpl) BUILDER.get(command));
        } catch (IllegalAccessException e) {
            return Optional.empty();
        }
    }
}
