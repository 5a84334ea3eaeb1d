package cn.ecopark.flow.outbound;

import java.util.Optional;

/**
 * The platform's own application id of a case, when it came through the platform. Implemented by the workflows
 * that accept platform applications, so the outbound package never reads their tables.
 */
public interface PlatformReference {

    Optional<String> platformApplicationId(String caseType, String processInstanceId);
}
