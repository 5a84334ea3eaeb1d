package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.agency.Agency;
import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.lookup.LookupCodes;
import cn.ecopark.flow.web.ApiExceptionHandler;
import cn.ecopark.flow.web.IdempotentRequests;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The park application over HTTP (authenticated with HTTP Basic like the engine REST API):
 * <ul>
 *   <li>{@code POST /api/park-applications}: an applicant submits; 201 with the number and the verification
 *       code for the public progress lookup (shown this once), 400 naming a bad field, 422 with the reason
 *       when the park may not apply, 409 when the same new park was just filed by a concurrent request. One
 *       transaction; with an {@code Idempotency-Key} header a retried request gets the first answer.</li>
 *   <li>{@code GET /api/park-applications/{no}}: the application with every decision, for the applicant,
 *       the agencies that review it and managers.</li>
 *   <li>{@code POST /api/park-applications/{no}/objections}: ecology registers an objection during 公示.</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/park-applications")
class ParkApplicationApi {

    /** Agencies that take part in every park application, besides the city of the park. */
    private static final Set<String> REVIEWING_GROUPS = Set.of(Agency.ECOLOGY.groupId(), Agency.SCIENCE.groupId(),
            Agency.COMMERCE.groupId(), Agency.FINANCE.groupId(), StaffGroup.MANAGERS, StaffGroup.ADMINS);

    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final ParkApplicationRepository applications;
    private final ApprovalRecordRepository records;
    private final PublicNoticeObjections objections;
    private final LookupCodes lookupCodes;
    private final IdempotentRequests idempotent;
    private final PlatformApplications platform;

    private final cn.ecopark.flow.indexsystem.IndexCatalogues catalogues;

    ParkApplicationApi(RuntimeService runtimeService, IdentityService identityService,
                       ParkApplicationRepository applications, ApprovalRecordRepository records,
                       PublicNoticeObjections objections, LookupCodes lookupCodes, IdempotentRequests idempotent,
                       PlatformApplications platform, cn.ecopark.flow.indexsystem.IndexCatalogues catalogues) {
        this.catalogues = catalogues;
        this.idempotent = idempotent;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.applications = applications;
        this.records = records;
        this.objections = objections;
        this.lookupCodes = lookupCodes;
        this.platform = platform;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> submit(@RequestBody Map<String, Object> form,
                                               @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String field : ApplicationForm.FIELDS) {
            fields.put(field, form.get(field));
        }
        // The index-system data of the current catalogue (issue 10): empty fields count as 未填报.
        catalogues.current().items().stream().map(i -> i.code())
                .filter(code -> form.get(code) != null && !fields.containsKey(code))
                .forEach(code -> fields.put(code, form.get(code)));
        // The platform's retry of an application it already sent answers with that case (see PlatformApplications).
        String caller = identityService.getCurrentAuthentication().getUserId();
        Optional<ResponseEntity<Map<String, Object>>> earlier = platform.earlierAnswer(form, caller);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        return idempotent.once(key, "POST /api/park-applications", fields, Set.of("verificationCode"),
                () -> file(fields, form, caller), this::withNewCode);
    }

    /** Runs inside the one transaction of the submission: case, number, park, platform id and lookup code commit together. */
    private ResponseEntity<Map<String, Object>> file(Map<String, Object> fields, Map<String, Object> form, String caller) {
        ProcessInstance instance;
        try {
            // The engine checks the caller may start the workflow; registerApplication validates every field.
            instance = runtimeService.startProcessInstanceByKey(ApplicationDecisions.PROCESS_KEY, fields);
        } catch (RuntimeException e) {
            if (DuplicatePark.in(e)) {
                throw new ApiExceptionHandler.Conflict("parkName：园区「" + fields.get("parkName") + "」（" + cityName(fields.get("city"))
                        + "）刚由另一份申请同时提交并登记，请勿重复申报；请在待办或申请记录中查看该申请");
            }
            throw e;
        }
        ParkApplication application = platform.record(applications.findByProcessInstanceId(instance.getId()).orElseThrow(),
                form, caller);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("applicationNo", application.getApplicationNo());
        body.put("status", application.getStatus().name());
        body.put("statusName", application.getStatus().chineseName());
        if (application.getPlatformApplicationId() != null) {
            body.put(PlatformApplications.ID, application.getPlatformApplicationId());
        }
        if (application.getStatus() == ApplicationStatus.INELIGIBLE) {
            body.put("field", "parkName");
            body.put("message", application.getIneligibleReason());
            return ResponseEntity.unprocessableEntity().body(body);
        }
        body.put("verificationCode", lookupCodes.issue(ParkApplicationCaseFiles.caseFile(application), application.getApplicant()));
        body.put("lookupPage", "/public/progress.html");
        return ResponseEntity.created(URI.create("/api/park-applications/" + application.getApplicationNo()))
                .header("Cache-Control", "no-store").body(body);
    }

    /** A replayed submission: the code was shown only in the lost answer, so the applicant gets a new one. */
    private Map<String, Object> withNewCode(Map<String, Object> stored) {
        ParkApplication application = find(String.valueOf(stored.get("applicationNo")));
        stored.put("verificationCode", lookupCodes.issue(ParkApplicationCaseFiles.caseFile(application), application.getApplicant()));
        return stored;
    }

    private static String cityName(Object code) {
        return code == null ? "" : City.byCode(code.toString()).map(City::chineseName).orElse(code.toString());
    }

    @GetMapping("/{applicationNo}")
    ParkApplicationView show(@PathVariable String applicationNo) {
        ParkApplication application = find(applicationNo);
        Authentication caller = identityService.getCurrentAuthentication();
        List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        String cityGroup = City.byCode(application.getCity()).map(City::groupId).orElse("");
        boolean allowed = caller.getUserId().equals(application.getApplicant()) || groups.contains(cityGroup)
                || groups.stream().anyMatch(REVIEWING_GROUPS::contains);
        if (!allowed) {
            // Exactly what an unknown number gets: the answer must not tell which applications exist.
            throw notFound(applicationNo);
        }
        return ParkApplicationView.of(application, records.findByProcessInstanceIdOrderByDecidedAtAscIdAsc(application.getProcessInstanceId()));
    }

    @PostMapping("/{applicationNo}/objections")
    ResponseEntity<Map<String, Object>> objection(@PathVariable String applicationNo, @RequestBody Map<String, Object> body) {
        Object content = body.get("content");
        objections.register(applicationNo, content == null ? null : content.toString());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("applicationNo", applicationNo, "status",
                ApplicationStatus.OBJECTION_REVIEW.name(), "statusName", ApplicationStatus.OBJECTION_REVIEW.chineseName()));
    }

    private ParkApplication find(String applicationNo) {
        return applications.findByApplicationNo(applicationNo)
                .orElseThrow(() -> notFound(applicationNo));
    }

    private static ApiExceptionHandler.NotFound notFound(String applicationNo) {
        return new ApiExceptionHandler.NotFound("没有编号为 " + applicationNo + " 的创建申请，或您无权查看");
    }
}
