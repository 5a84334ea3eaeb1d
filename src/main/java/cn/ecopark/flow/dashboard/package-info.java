/** Module boundary: the modules it may use are declared here and checked by {@code ModularityTests}. */
@ApplicationModule(allowedDependencies = {"agency", "calendar", "casefile", "engine", "park", "security"})
package cn.ecopark.flow.dashboard;

import org.springframework.modulith.ApplicationModule;
