/**
 * Supervision of named parks, measures 16 and 17 of 鲁环发〔2021〕7号: the biennial re-inspection
 * (workflow {@code biennial-review}: self-check, spot check, rectification, revocation) and violation handling
 * (workflow {@code violation-handling}: revocation of a named park, strike-off and three-year ban of a park
 * under construction).
 *
 * <p>How the package reads:
 * <ul>
 *   <li>The module's API (its public top-level types): {@code ViolationReports} (ecology files a violation, which starts
 *       a case; {@code ViolationFiled}) and {@code ParkHistories} (a park's supervision history, {@code ParkHistoryView}).
 *       {@code ScoreReview}, {@code DecideReviewVerdict}, {@code ProposeSanction} and {@code NoticePurposes} are public
 *       only because the models call them in expressions ({@code ${scoreReview.judge(execution)}}), which the engine's
 *       expression language resolves on public classes alone; no other module uses them.</li>
 *   <li>The records, each changed only by the steps in this package (package-private mutators): {@code Review}
 *       (re-inspection) with {@code ReviewSchedule}, {@code SpotCheckSample} and {@code SpotCheckDraw}; {@code Violation};
 *       {@code SanctionProcedure} (the due process both workflows share: notice, statement, hearing, decision), with the
 *       finders the steps use ({@code Reviews}, {@code Violations}, {@code SanctionProcedures}).</li>
 *   <li>The steps the models call (delegates and task listeners, named for what they do), one per model element; the
 *       process variables they read and write are all named in {@code SupervisionVariables}. What routes is shown in the
 *       models: the verdict and sanction tables are business-rule tasks, step outcomes are output mappings.</li>
 *   <li>{@code api}: the HTTP endpoints ({@code /api/parks/{id}/violations}, {@code /api/parks/{id}/history}).</li>
 *   <li>{@code contact}: who answers for a named park (learnt from {@code ParkNamed}).</li>
 * </ul>
 * The records stay in the top-level package beside the steps and the task displays that read them, so their mutators
 * stay package-private; the sub-packages hold what needs no such access.
 *
 * <p>Module boundary: the modules it may use are declared here and checked by {@code ModularityTests}.
 */
@ApplicationModule(allowedDependencies = {
        "agency", "approval", "calendar", "casefile", "casenumber", "engine", "formcontract", "indexsystem", "park",
        "security", "web"})
package cn.ecopark.flow.supervision;

import org.springframework.modulith.ApplicationModule;
