/** Module boundary: the modules it may use are declared here and checked by {@code ModularityTests}. */
@ApplicationModule(allowedDependencies = {"agency", "engine", "taskops"})
package cn.ecopark.flow.identity;

import org.springframework.modulith.ApplicationModule;
