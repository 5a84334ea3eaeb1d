/** Module boundary: the modules it may use are declared here and checked by {@code ModularityTests}. */
@ApplicationModule(allowedDependencies = {"agency", "approval", "calendar", "casefile", "security", "taskops", "timelimit", "web"})
package cn.ecopark.flow.casecontrol;

import org.springframework.modulith.ApplicationModule;
