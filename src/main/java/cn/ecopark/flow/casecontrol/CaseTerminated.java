package cn.ecopark.flow.casecontrol;

import java.time.Instant;

/**
 * Published in the transaction that terminates a case (终止), for the workflow packages to mark their aggregate.
 * A workflow without a listener still shows the case as terminated: {@code casefile.CaseFiles} reads case_control.
 */
public record CaseTerminated(String caseType, String caseNo, String processInstanceId, String reason, Instant at) {
}
