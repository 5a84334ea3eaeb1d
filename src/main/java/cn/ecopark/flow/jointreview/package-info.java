/** Module boundary: the modules it may use are declared here and checked by {@code ModularityTests}. */
@ApplicationModule(allowedDependencies = {"agency", "approval", "casecontrol", "casefile", "greenchannel", "security", "taskops", "web"})
package cn.ecopark.flow.jointreview;

import org.springframework.modulith.ApplicationModule;
