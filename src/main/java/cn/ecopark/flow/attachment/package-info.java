/** Module boundary: the modules it may use are declared here and checked by {@code ModularityTests}. */
@ApplicationModule(allowedDependencies = {"calendar", "casefile", "web"})
package cn.ecopark.flow.attachment;

import org.springframework.modulith.ApplicationModule;
