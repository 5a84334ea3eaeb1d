/** Module boundary: the modules it may use are declared here and checked by {@code ModularityTests}. */
@ApplicationModule(allowedDependencies = {"calendar", "engine"})
package cn.ecopark.flow.web;

import org.springframework.modulith.ApplicationModule;
