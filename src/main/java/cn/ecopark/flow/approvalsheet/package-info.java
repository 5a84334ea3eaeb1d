/** Module boundary: the modules it may use are declared here and checked by {@code ModularityTests}. */
@ApplicationModule(allowedDependencies = {"agency", "approval", "calendar", "casefile", "security"})
package cn.ecopark.flow.approvalsheet;

import org.springframework.modulith.ApplicationModule;
