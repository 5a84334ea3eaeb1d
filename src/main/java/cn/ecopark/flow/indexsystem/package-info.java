/** Module boundary: the modules it may use are declared here and checked by {@code ModularityTests}. */
@ApplicationModule(allowedDependencies = {"calendar", "engine", "formcontract", "security", "web"})
package cn.ecopark.flow.indexsystem;

import org.springframework.modulith.ApplicationModule;
