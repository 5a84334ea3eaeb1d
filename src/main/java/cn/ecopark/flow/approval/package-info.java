/** Module boundary: the modules it may use are declared here and checked by {@code ModularityTests}. */
@ApplicationModule(allowedDependencies = {"agency", "calendar", "engine", "formcontract", "security"})
package cn.ecopark.flow.approval;

import org.springframework.modulith.ApplicationModule;
