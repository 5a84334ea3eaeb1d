/** Module boundary: the modules it may use are declared here and checked by {@code ModularityTests}. */
@ApplicationModule(allowedDependencies = {"agency", "approval", "calendar", "casefile", "engine", "security", "web"})
package cn.ecopark.flow.lookup;

import org.springframework.modulith.ApplicationModule;
