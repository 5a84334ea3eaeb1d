/** Module boundary: the modules it may use are declared here and checked by {@code ModularityTests}. */
@ApplicationModule(allowedDependencies = {"agency", "calendar", "engine", "formcontract"})
package cn.ecopark.flow.security;

import org.springframework.modulith.ApplicationModule;
