package cn.ecopark.flow.engine;

import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import java.io.IOException;
import java.io.InputStream;

/**
 * Our own SQL statements beside Camunda's, in MyBatis mapper files under {@code src/main/resources}: they may include
 * Camunda's SQL fragments and result maps by their full names (e.g.
 * {@code org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskByQueryCriteriaSql}) and use its
 * database-specific variables ({@code ${limitAfter}}, {@code ${orderBy}}, {@code ${prefix}}, …). Registered by a
 * plugin's {@code postInit}, once the engine has built its MyBatis configuration; a statement is then run by
 * {@code namespace.id} like any of Camunda's.
 */
public final class EngineStatements {

    private EngineStatements() {
    }

    /** Adds the statements of the mapper file {@code resource} (a class path), unless an engine built earlier added them. */
    public static void register(ProcessEngineConfigurationImpl configuration, String resource, String anyStatementId) {
        Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
        synchronized (mybatis) {
            if (mybatis.hasStatement(anyStatementId, false)) {
                return; // a shared session factory: another engine in this JVM registered them
            }
            try (InputStream mapper = EngineStatements.class.getClassLoader().getResourceAsStream(resource)) {
                if (mapper == null) {
                    throw new ProcessEngineException("No mapper file " + resource);
                }
                new XMLMapperBuilder(mapper, mybatis, resource, mybatis.getSqlFragments()).parse();
            } catch (IOException e) {
                throw new ProcessEngineException("Cannot read mapper file " + resource, e);
            }
            if (!mybatis.hasStatement(anyStatementId, false)) {
                throw new ProcessEngineException(resource + " holds no statement " + anyStatementId);
            }
        }
    }
}
