/** Module boundary: the modules it may use are declared here and checked by {@code ModularityTests}. */
@ApplicationModule(allowedDependencies = {"agency", "approval", "calendar", "engine", "security", "web"})
package cn.ecopark.flow.redeploy;

import org.springframework.modulith.ApplicationModule;
