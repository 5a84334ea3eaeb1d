package cn.ecopark.flow.greenchannel.api;

import cn.ecopark.flow.agency.Agency;
import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.greenchannel.GreenChannelOverdueRepository;
import cn.ecopark.flow.greenchannel.GreenChannelProject;
import cn.ecopark.flow.greenchannel.GreenChannelProjectRepository;
import cn.ecopark.flow.web.ApiExceptionHandler;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

/**
 * {@code GET /api/green-channel/projects/{no}} (HTTP Basic like the engine REST API): the project with its
 * opinions, conflicts, pauses and overdue flags, for whoever submitted it, the lead agency, the agencies that
 * review it, managers and administrators. An agency that takes no part sees nothing.
 */
@RestController
@RequestMapping("/api/green-channel/projects")
class GreenChannelApi {

    private static final Set<String> ALWAYS_ALLOWED = Set.of(Agency.ECOLOGY.groupId(), StaffGroup.MANAGERS, StaffGroup.ADMINS);

    private final IdentityService identityService;
    private final GreenChannelProjectRepository projects;
    private final GreenChannelOverdueRepository overdue;
    private final ApprovalRecordRepository records;

    GreenChannelApi(IdentityService identityService, GreenChannelProjectRepository projects,
                    GreenChannelOverdueRepository overdue, ApprovalRecordRepository records) {
        this.identityService = identityService;
        this.projects = projects;
        this.overdue = overdue;
        this.records = records;
    }

    @GetMapping("/{projectNo}")
    GreenChannelProjectView show(@PathVariable String projectNo) {
        GreenChannelProject project = projects.findByProjectNo(projectNo)
                .orElseThrow(() -> notFound(projectNo));
        Authentication caller = identityService.getCurrentAuthentication();
        List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        boolean reviews = project.getReviews().stream().anyMatch(r -> groups.contains(r.getAgency()));
        boolean allowed = caller.getUserId().equals(project.getSubmittedBy()) || reviews
                || groups.stream().anyMatch(ALWAYS_ALLOWED::contains);
        if (!allowed) {
            // Exactly what an unknown number gets: the answer must not tell which projects exist.
            throw notFound(projectNo);
        }
        return GreenChannelProjectView.of(project, overdue.findByProjectNoOrderByFlaggedAtAscIdAsc(projectNo),
                records.findByProcessInstanceIdOrderByDecidedAtAscIdAsc(project.getProcessInstanceId()));
    }

    private static ApiExceptionHandler.NotFound notFound(String projectNo) {
        return new ApiExceptionHandler.NotFound("没有编号为 " + projectNo + " 的绿色通道项目，或您无权查看");
    }
}
