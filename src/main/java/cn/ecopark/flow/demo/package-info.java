/** Module boundary: the modules it may use are declared here and checked by {@code ModularityTests}. */
@ApplicationModule(allowedDependencies = {"casefile", "security", "web"})
package cn.ecopark.flow.demo;

import org.springframework.modulith.ApplicationModule;
