/** Module boundary: the modules it may use are declared here and checked by {@code ModularityTests}. */
@ApplicationModule(allowedDependencies = {"agency", "calendar", "engine", "security", "web"})
package cn.ecopark.flow.casefile;

import org.springframework.modulith.ApplicationModule;
