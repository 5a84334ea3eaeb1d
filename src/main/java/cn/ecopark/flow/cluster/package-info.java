/** Module boundary: the modules it may use are declared here and checked by {@code ModularityTests}. */
@ApplicationModule(allowedDependencies = {"agency", "calendar", "security", "web"})
package cn.ecopark.flow.cluster;

import org.springframework.modulith.ApplicationModule;
