/**
 * The case operations on every workflow's user tasks (issue 11, part A): 退回 to an earlier step, 撤回 by the applicant
 * and 收回 by a clerk, 转办, 委派, 抄送, and the 办理操作 page. A workflow takes part through {@code CaseOperationHooks}.
 */
@ApplicationModule(allowedDependencies = {"agency", "approval", "calendar", "casefile", "engine", "security", "web"})
package cn.ecopark.flow.taskops;

import org.springframework.modulith.ApplicationModule;
