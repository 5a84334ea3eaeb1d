package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.agency.Agency;
import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.security.EngineAsSystem;
import cn.ecopark.flow.web.ApiExceptionHandler;
import org.camunda.bpm.engine.AuthorizationException;
import cn.ecopark.flow.engine.InvalidInput;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers an objection received during the public notice (公示) and hands the case back to ecology.
 * The objection is stored and the process message correlated in one transaction: both happen or neither.
 */
@Service
public class PublicNoticeObjections {

    static final String MESSAGE = "PublicNoticeObjection";

    private final ParkApplicationRepository applications;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final EngineAsSystem engine;

    PublicNoticeObjections(ParkApplicationRepository applications, RuntimeService runtimeService,
                           IdentityService identityService, EngineAsSystem engine) {
        this.applications = applications;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.engine = engine;
    }

    /** Ecology registers objections (the public sends them to ecology); no other agency may. */
    @Transactional
    public void register(String applicationNo, String content) {
        if (!engine.callerIsIn(Agency.ECOLOGY.groupId())) {
            throw new AuthorizationException("只有省生态环境厅可以登记公示异议");
        }
        if (content == null || content.isBlank()) {
            throw new InvalidInput("content：请填写异议内容");
        }
        if (content.strip().length() > 2000) {
            throw new InvalidInput("content：异议内容不能超过2000字");
        }
        ParkApplication application = applications.findByApplicationNo(applicationNo)
                .orElseThrow(() -> new ApplicationNotFound(applicationNo));
        boolean underReview = application.getStatus() == ApplicationStatus.OBJECTION_REVIEW;
        if (application.getStatus() != ApplicationStatus.PUBLIC_NOTICE && !underReview) {
            throw new NotInPublicNotice(applicationNo, application.getStatus());
        }
        Authentication caller = identityService.getCurrentAuthentication();
        application.objectionReceived(Objection.received(content.strip(), AppClock.now(),
                caller == null ? "system" : caller.getUserId()));
        applications.save(application);
        // Any number of objections: one filed during the review joins it, and the review's form, which lists the
        // unanswered objections when it is read, shows it too.
        if (!underReview) {
            engine.run(() -> runtimeService.createMessageCorrelation(MESSAGE)
                    .processInstanceId(application.getProcessInstanceId()).correlate());
        }
    }

    public static class NotInPublicNotice extends ApiExceptionHandler.Conflict {
        NotInPublicNotice(String applicationNo, ApplicationStatus status) {
            super("申请 " + applicationNo + " 当前处于“" + status.chineseName() + "”阶段，不在公示期内，不能登记异议");
        }
    }

    public static class ApplicationNotFound extends ApiExceptionHandler.NotFound {
        ApplicationNotFound(String applicationNo) {
            super("没有编号为 " + applicationNo + " 的创建申请");
        }
    }
}
