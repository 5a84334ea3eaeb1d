/** Module boundary: the modules it may use are declared here and checked by {@code ModularityTests}. */
@ApplicationModule(allowedDependencies = {
        "agency", "approval", "calendar", "casefile", "dashboard", "engine", "security"})
package cn.ecopark.flow.export;

import org.springframework.modulith.ApplicationModule;
