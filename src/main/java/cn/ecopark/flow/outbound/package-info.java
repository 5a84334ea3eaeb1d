/** Module boundary: the modules it may use are declared here and checked by {@code ModularityTests}. */
@ApplicationModule(allowedDependencies = {"agency", "approval", "engine", "park", "security", "web"})
package cn.ecopark.flow.outbound;

import org.springframework.modulith.ApplicationModule;
