package cn.ecopark.flow.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Deploys every model of processes/ and form of forms/ when the engine starts. Resource names are stable
 * ("processes/park-application.bpmn") wherever the app runs from (jar, IDE, another folder), and only
 * changed files are deployed: a restart with unchanged models makes no new version, a changed file
 * exactly one. (The starter's own auto-deployment names file resources by absolute path, so moving the
 * checkout or switching from `mvn spring-boot:run` to the jar would version everything again.)
 */
@Component
public class ModelDeployment extends AbstractProcessEnginePlugin {

    public static final String DEPLOYMENT_NAME = "ecopark-flow";
    static final String[] PATTERNS = {"classpath*:processes/*.bpmn", "classpath*:processes/*.dmn", "classpath*:forms/*.form"};

    private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

    private final ResourcePatternResolver resources;

    ModelDeployment(ResourcePatternResolver resources) {
        this.resources = resources;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        DeploymentWithDefinitions deployment = deploy(engine, UnaryOperator.identity());
        log.info("Models deployed: {} new definition(s) in deployment {}",
                deployment.getDeployedProcessDefinitions() == null ? 0 : deployment.getDeployedProcessDefinitions().size(),
                deployment.getId());
    }

    /** The models as they will be deployed, by stable resource name. */
    public Map<String, String> models() {
        Map<String, String> models = new LinkedHashMap<>();
        for (String pattern : PATTERNS) {
            String folder = pattern.substring("classpath*:".length(), pattern.indexOf('/') + 1);
            try {
                for (Resource resource : resources.getResources(pattern)) {
                    String name = folder + resource.getFilename();
                    try (InputStream in = resource.getInputStream()) {
                        if (models.put(name, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)) != null) {
                            throw new IllegalStateException("Two models are named " + name + ": file names must be unique");
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return models;
    }

    /** Deploys the models, each passed through {@code edit} first (identity at start-up; tests change one). */
    public DeploymentWithDefinitions deploy(ProcessEngine engine, UnaryOperator<Map<String, String>> edit) {
        DeploymentBuilder builder = engine.getRepositoryService().createDeployment()
                .name(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(true);
        edit.apply(models()).forEach(builder::addString);
        return builder.deployWithResult();
    }
}
