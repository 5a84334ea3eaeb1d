/** Module boundary: the modules it may use are declared here and checked by {@code ModularityTests}. */
@ApplicationModule(allowedDependencies = {"approval", "calendar", "engine", "formcontract", "parkapplication"})
package cn.ecopark.flow.subsidy;

import org.springframework.modulith.ApplicationModule;
