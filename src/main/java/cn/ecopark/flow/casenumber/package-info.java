/** Module boundary: the modules it may use are declared here and checked by {@code ModularityTests}. */
@ApplicationModule(allowedDependencies = {})
package cn.ecopark.flow.casenumber;

import org.springframework.modulith.ApplicationModule;
