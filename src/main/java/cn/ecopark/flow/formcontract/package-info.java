/** Module boundary: the modules it may use are declared here and checked by {@code ModularityTests}. */
@ApplicationModule(allowedDependencies = {"engine"})
package cn.ecopark.flow.formcontract;

import org.springframework.modulith.ApplicationModule;
