/** Module boundary: the modules it may use are declared here and checked by {@code ModularityTests}. */
@ApplicationModule(allowedDependencies = {"calendar"})
package cn.ecopark.flow.engine;

import org.springframework.modulith.ApplicationModule;
