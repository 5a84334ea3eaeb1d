/** Module boundary: the modules it may use are declared here and checked by {@code ModularityTests}. */
@ApplicationModule(allowedDependencies = {
        "agency", "approval", "calendar", "casefile", "casenumber", "engine", "formcontract", "park", "web"})
package cn.ecopark.flow.library;

import org.springframework.modulith.ApplicationModule;
