package cn.ecopark.flow.lookup;

import cn.ecopark.flow.casefile.CaseFile;
import cn.ecopark.flow.casefile.CaseFiles;
import cn.ecopark.flow.engine.InvalidInput;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /api/lookup-codes} with {@code {"caseNo": ...}} or {@code {"processInstanceId": ...}}: the
 * applicant gets a new verification code for their own case, shown this once (Tasklist shows it right after
 * the start form is submitted; an applicant who lost the code asks again and the old one stops working).
 */
@RestController
class LookupCodeApi {

    static final String LOOKUP_PAGE = "/public/progress.html";

    private final CaseFiles caseFiles;
    private final LookupCodes codes;
    private final IdentityService identityService;

    LookupCodeApi(CaseFiles caseFiles, LookupCodes codes, IdentityService identityService) {
        this.caseFiles = caseFiles;
        this.codes = codes;
        this.identityService = identityService;
    }

    @PostMapping("/api/lookup-codes")
    ResponseEntity<Map<String, Object>> issue(@RequestBody Map<String, Object> body) {
        Authentication caller = identityService.getCurrentAuthentication();
        Object caseNo = body.get("caseNo");
        Object instance = body.get("processInstanceId");
        if (caseNo == null && instance == null) {
            throw new InvalidInput("caseNo：请给出申报编号（或流程实例编号 processInstanceId）");
        }
        CaseFile file = caseNo != null ? caseFiles.readable(caller, caseNo.toString())
                : caseFiles.byProcessInstanceId(instance.toString()).filter(f -> caseFiles.mayRead(caller, f))
                .orElseThrow(() -> new cn.ecopark.flow.web.ApiExceptionHandler.NotFound("没有该流程实例的案卷，或您无权查看"));
        if (!caller.getUserId().equals(file.applicant())) {
            throw new AuthorizationException("只有申报单位本身可以获取查询码");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("caseNo", file.caseNo());
        answer.put("caseTypeName", file.caseTypeName());
        answer.put("title", file.title());
        answer.put("code", codes.issue(file, caller.getUserId()));
        answer.put("lookupPage", LOOKUP_PAGE);
        answer.put("notice", "查询码只显示这一次，请妥善保存；重新获取后旧查询码即失效。");
        return ResponseEntity.status(HttpStatus.CREATED).header("Cache-Control", "no-store").body(answer);
    }
}
