/** Module boundary: the modules it may use are declared here and checked by {@code ModularityTests}. */
@ApplicationModule(allowedDependencies = {
        "agency", "approval", "calendar", "casefile", "engine", "formcontract", "park",
        "parkapplication"})
package cn.ecopark.flow.parkcreation;

import org.springframework.modulith.ApplicationModule;
