package cn.ecopark.flow.supervision;

import cn.ecopark.flow.agency.Agency;
import cn.ecopark.flow.park.ParkRepository;
import cn.ecopark.flow.security.EngineAsSystem;
import cn.ecopark.flow.web.ApiExceptionHandler;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.Map;

/**
 * Ecology reports a serious environmental violation or major incident in a park (measure 17): the message
 * starts a violation case. Only ecology may (it runs the enforcement cases the report refers to), one open case
 * per park; the report itself is validated by the case's first step, so every way in is checked alike.
 */
@Service
public class ViolationReports {

    static final String MESSAGE = "SeriousViolationReported";

    private final ParkRepository parks;
    private final ViolationRepository violations;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final EngineAsSystem engine;

    ViolationReports(ParkRepository parks, ViolationRepository violations, RuntimeService runtimeService,
                     IdentityService identityService, EngineAsSystem engine) {
        this.parks = parks;
        this.violations = violations;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.engine = engine;
    }

    /** Starts the case (fields: kind, caseReference, occurredOn, description) and returns it, sanction proposed. */
    @Transactional
    public ViolationFiled report(Long parkId, Map<String, Object> fields) {
        if (!engine.callerIsIn(Agency.ECOLOGY.groupId())) {
            throw new AuthorizationException("只有省生态环境厅可以报告园区严重环境违法行为或重大突发环境事件");
        }
        if (parks.findById(parkId).isEmpty()) {
            throw new ParkNotFound(parkId);
        }
        violations.findByParkIdOrderByIdAsc(parkId).stream().filter(Violation::isOpen).findFirst().ifPresent(open -> {
            throw new ApiExceptionHandler.Conflict("该园区已有在办的违法违规处理案件 " + open.getCaseNo() + "，请在该案件中一并处理");
        });
        Map<String, Object> variables = new HashMap<>();
        for (String field : SupervisionVariables.REPORT_FIELDS) {
            variables.put(field, fields.get(field));
        }
        variables.put(SupervisionVariables.PARK_ID, parkId);
        Authentication caller = identityService.getCurrentAuthentication();
        variables.put(SupervisionVariables.REPORTED_BY, caller.getUserId());
        ProcessInstance instance = engine.call(() -> runtimeService.createMessageCorrelation(MESSAGE)
                .setVariables(variables).correlateStartMessage());
        return ViolationFiled.of(violations.findByProcessInstanceId(instance.getId()).orElseThrow());
    }

    /** An unknown park, or one the caller may not see: the same answer for both. */
    public static class ParkNotFound extends ApiExceptionHandler.NotFound {
        public ParkNotFound(Long parkId) {
            super("没有编号为 " + parkId + " 的园区，或您无权查看");
        }
    }
}
