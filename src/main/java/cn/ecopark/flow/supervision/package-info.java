/**
 * Supervision of named parks, measures 16 and 17 of 鲁环发〔2021〕7号: the biennial re-inspection
 * (workflow {@code biennial-review}: self-check, spot check, rectification, revocation) and violation handling
 * (workflow {@code violation-handling}: revocation of a named park, strike-off and three-year ban of a park
 * under construction).
 *
 * <p>Module boundary: the modules it may use are declared here and checked by {@code ModularityTests}.
 */
@ApplicationModule(allowedDependencies = {
        "agency", "approval", "calendar", "casefile", "casenumber", "engine", "formcontract", "indexsystem", "park",
        "security", "web"})
package cn.ecopark.flow.supervision;

import org.springframework.modulith.ApplicationModule;
