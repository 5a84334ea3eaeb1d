/** Module boundary: the modules it may use are declared here and checked by {@code ModularityTests}. */
@ApplicationModule(allowedDependencies = {"agency", "approval", "calendar", "calendar::engine", "casefile", "engine", "security", "taskops", "web"})
package cn.ecopark.flow.timelimit;

import org.springframework.modulith.ApplicationModule;
