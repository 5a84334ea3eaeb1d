package cn.ecopark.flow.casefile;

import cn.ecopark.flow.agency.Agency;
import cn.ecopark.flow.security.EngineAsSystem;
import cn.ecopark.flow.web.ApiExceptionHandler;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * All workflows' cases behind one door, and who may read one. A case may be read by its applicant and by
 * whoever the engine lets read its process instance: the agencies that had a task in it (see
 * approval.CaseReadAccess), managers and administrators. Nobody else, whatever page asks.
 *
 * <p>The engine drops a process instance's authorizations when it ends; an agency that worked the case keeps
 * reading it afterwards, judged from the engine's own history of the case (a task offered to its group), with
 * the same exclusion of the banks and financial supervision as while it ran.
 */
@Component
public class CaseFiles {

    private final List<CaseFileProvider> providers;
    private final AuthorizationService authorizations;
    private final EngineAsSystem engine;
    private final HistoryService history;
    private final List<CaseFileAmendment> amendments;

    CaseFiles(List<CaseFileProvider> providers, AuthorizationService authorizations, EngineAsSystem engine, HistoryService history,
              List<CaseFileAmendment> amendments) {
        this.amendments = amendments;
        this.providers = providers;
        this.authorizations = authorizations;
        this.engine = engine;
        this.history = history;
    }

    public List<CaseFileProvider> providers() {
        return providers;
    }

    public Optional<CaseFile> byCaseNo(String caseNo) {
        if (caseNo == null || caseNo.isBlank()) {
            return Optional.empty();
        }
        return providers.stream().map(p -> p.byCaseNo(caseNo.strip())).flatMap(Optional::stream).findFirst().map(this::withControl);
    }

    public Optional<CaseFile> byProcessInstanceId(String processInstanceId) {
        return providers.stream().map(p -> p.byProcessInstanceId(processInstanceId)).flatMap(Optional::stream).findFirst()
                .map(this::withControl);
    }

    /** What other modules know of a case that changes how it reads (e.g. casecontrol: 已终止, 已中止办理). */
    private CaseFile withControl(CaseFile f) {
        CaseFile amended = f;
        for (CaseFileAmendment amendment : amendments) {
            amended = amendment.amend(amended);
        }
        return amended;
    }

    public boolean mayRead(Authentication caller, CaseFile file) {
        if (caller == null || caller.getUserId() == null) {
            return false;
        }
        if (caller.getUserId().equals(file.applicant())) {
            return true;
        }
        List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        // Asking about another user's rights is itself guarded by the engine; this is our own check of the caller.
        return engine.call(() -> authorizations.isUserAuthorized(caller.getUserId(), groups, Permissions.READ,
                Resources.PROCESS_INSTANCE, file.processInstanceId())
                || workedOnEndedCase(groups, file.processInstanceId()));
    }

    /** The case has ended and one of its tasks was offered to one of the caller's groups (banks and finsup excepted). */
    private boolean workedOnEndedCase(List<String> groups, String processInstanceId) {
        var instance = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        if (instance == null || instance.getEndTime() == null) {
            return false;
        }
        return groups.stream()
                .filter(group -> Agency.byGroupId(group).map(agency -> !agency.financial()).orElse(true))
                .anyMatch(group -> history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
                        .taskHadCandidateGroup(group).count() > 0);
    }

    /**
     * The case, if the caller may read it. Unknown and forbidden look the same (404), so the answer does not
     * tell an agency which case numbers exist.
     */
    public CaseFile readable(Authentication caller, String caseNo) {
        return byCaseNo(caseNo).filter(file -> mayRead(caller, file))
                .orElseThrow(() -> new ApiExceptionHandler.NotFound("没有编号为 " + caseNo + " 的案卷，或您无权查看"));
    }
}
