/**
 * Workflow {@code green-channel-approval} (measure 15): a key construction project's intake and 容缺, the agencies the
 * routing table chooses reviewing in parallel on their statutory clocks, reminders and 督办, the joint reply.
 *
 * <ul>
 *   <li>This package: the project ({@link cn.ecopark.flow.greenchannel.GreenChannelProject} with its reviews, pauses,
 *       commitments and obligations, its repositories and enums), the rules read from decision tables whose results
 *       the project stores ({@link cn.ecopark.flow.greenchannel.GreenChannelEligibility},
 *       {@link cn.ecopark.flow.greenchannel.ReviewPlan}), the statutory clock, opinion conflicts, and the workflow's
 *       variables ({@link cn.ecopark.flow.greenchannel.GreenChannelVariables}). Also what other modules call or
 *       publish to: 加签 / 减签 ({@link cn.ecopark.flow.greenchannel.GreenChannelReviewers}, used by jointreview), the
 *       case file, withdrawal and termination.</li>
 *   <li>{@code process}: the beans the model names (service tasks, task listeners, the expressions of the parallel
 *       review and of the project-result table), each small and named for what it does.</li>
 *   <li>{@code api}: {@code GET /api/green-channel/projects/{no}} and its view.</li>
 * </ul>
 *
 * <p>The project's workflow commands are public so that {@code process} can call them; other modules go through
 * {@code GreenChannelReviewers} only. The display listener {@code ShowGreenChannelOnTask} stays here, and with it
 * {@code RecordJointReply} and {@code GreenChannelPendingReviews}, whose constants it reads: they join {@code process}
 * once it reads {@code GreenChannelVariables}.
 *
 * <p>Module boundary: the modules it may use are declared here and checked by {@code ModularityTests}; sub-packages are
 * internal to the module.
 */
@ApplicationModule(allowedDependencies = {
        "agency", "approval", "calendar", "casecontrol", "casefile", "casenumber", "engine", "formcontract", "park", "security",
        "taskops", "web"})
package cn.ecopark.flow.greenchannel;

import org.springframework.modulith.ApplicationModule;
