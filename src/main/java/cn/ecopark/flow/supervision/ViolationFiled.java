package cn.ecopark.flow.supervision;

/** A violation case as ecology's report started it: its number, the park, its status and the sanction the table proposed. */
public record ViolationFiled(String caseNo, Long parkId, String status, String statusName, String sanction,
                            String sanctionName, String explanation) {

    static ViolationFiled of(Violation violation) {
        return new ViolationFiled(violation.getCaseNo(), violation.getParkId(), violation.getStatus().name(),
                violation.getStatus().chineseName(), violation.getSanction().name(), violation.getSanction().chineseName(),
                violation.getSanctionExplanation());
    }
}
