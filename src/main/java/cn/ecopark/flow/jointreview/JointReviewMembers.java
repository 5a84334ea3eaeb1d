package cn.ecopark.flow.jointreview;

import cn.ecopark.flow.agency.Agency;
import cn.ecopark.flow.approval.CaseOperationLog;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.casecontrol.CaseControl;
import cn.ecopark.flow.casefile.CaseFile;
import cn.ecopark.flow.greenchannel.GreenChannelReviewers;
import cn.ecopark.flow.security.EngineAsSystem;
import cn.ecopark.flow.web.ApiExceptionHandler;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 加签 and 减签 by the lead agency on a running joint review. Only the green channel's agency reviews are a
 * multi-instance whose members can change; the park application's and park creation's joint reviews are three fixed
 * tasks of the agencies the notice makes responsible, so changing them is refused. Our code checks the right, the
 * engine change runs as the system, and the operation goes to the approval record (not as a decision).
 */
@Component
class JointReviewMembers {

    static final String STEP = "jointReviewMembers";
    static final String GREEN_CHANNEL = "green-channel-approval";

    private final CaseControl control;
    private final GreenChannelReviewers greenChannel;
    private final CaseOperationLog operations;
    private final EngineAsSystem engine;
    private final IdentityService identity;

    JointReviewMembers(CaseControl control, GreenChannelReviewers greenChannel, CaseOperationLog operations,
                       EngineAsSystem engine, IdentityService identity) {
        this.control = control;
        this.greenChannel = greenChannel;
        this.operations = operations;
        this.engine = engine;
        this.identity = identity;
    }

    @Transactional
    public Change add(String caseNo, String agencyId, String reason) {
        CaseFile file = control.workableCaseOfLead(caseNo, "加签");
        Agency agency = agency(agencyId);
        String why = CaseControl.reason(reason, "加签理由");
        changeable(file);
        String review = engine.call(() -> greenChannel.add(file.processInstanceId(), agency));
        return record(file, Outcome.REVIEWER_ADDED, "加签" + agency.shortName() + "（" + review + "）：" + why, agency);
    }

    @Transactional
    public Change remove(String caseNo, String agencyId, String reason) {
        CaseFile file = control.workableCaseOfLead(caseNo, "减签");
        Agency agency = agency(agencyId);
        String why = CaseControl.reason(reason, "减签理由");
        changeable(file);
        engine.run(() -> greenChannel.remove(file.processInstanceId(), agency));
        return record(file, Outcome.REVIEWER_REMOVED, "减签" + agency.shortName() + "：" + why, agency);
    }

    private Change record(CaseFile file, Outcome outcome, String comment, Agency agency) {
        String actor = identity.getCurrentAuthentication().getUserId();
        operations.record(file.caseType(), file.caseNo(), file.processInstanceId(),
                CaseOperationLog.Step.ofCase(STEP, "并联审查" + outcome.chineseName()), CaseControl.leadGroup(file), actor,
                outcome, comment);
        return new Change(file.caseNo(), agency.groupId(), agency.shortName(), outcome.chineseName(), comment);
    }

    /** Only the green channel's agency reviews can change their members (see {@link #changeable}). */
    static boolean changeable(String caseType) {
        return GREEN_CHANNEL.equals(caseType);
    }

    /** Which joint reviews can change their members; the others answer why not. */
    private static void changeable(CaseFile file) {
        switch (file.caseType()) {
            case GREEN_CHANNEL -> {
            }
            case "park-application", "park-creation" -> throw new ApiExceptionHandler.Conflict(
                    "本案件的联合审查由省生态环境厅、省科技厅、省商务厅共同进行，成员由《若干措施》（鲁环发〔2021〕7号）"
                            + "确定的责任单位固定（第1、2、6条），不能加签或减签");
            default -> throw new ApiExceptionHandler.Conflict("本案件没有可加签或减签的联合审查");
        }
    }

    private static Agency agency(String agencyId) {
        return Agency.byGroupId(agencyId).filter(a -> !a.financial())
                .orElseThrow(() -> new ApiExceptionHandler.Rejected(HttpStatus.BAD_REQUEST,
                        "agency：没有可参加并联审查的部门 " + agencyId));
    }

    /** What changed, for the answer: the record holds the same. */
    record Change(String caseNo, String agency, String agencyName, String operation, String comment) {
    }
}
