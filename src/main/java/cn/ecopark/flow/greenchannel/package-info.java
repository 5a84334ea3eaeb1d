/** Module boundary: the modules it may use are declared here and checked by {@code ModularityTests}. */
@ApplicationModule(allowedDependencies = {
        "agency", "approval", "calendar", "casecontrol", "casefile", "casenumber", "engine", "formcontract", "park", "security",
        "web"})
package cn.ecopark.flow.greenchannel;

import org.springframework.modulith.ApplicationModule;
