package cn.ecopark.flow.casecontrol;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.ecopark.flow.casefile.CaseFiles;
import org.camunda.bpm.engine.IdentityService;

import java.util.List;

/** 中止, 恢复 and 终止 of a case (lead agency); the case's suspensions and termination for whoever may read it. */
@RestController
@RequestMapping("/api/cases/{caseNo}")
class CaseControlApi {

    private final CaseControl control;
    private final CaseControlRecords records;
    private final CaseFiles caseFiles;
    private final IdentityService identity;

    CaseControlApi(CaseControl control, CaseControlRecords records, CaseFiles caseFiles, IdentityService identity) {
        this.control = control;
        this.records = records;
        this.caseFiles = caseFiles;
        this.identity = identity;
    }

    record ReasonBody(String reason) {
    }

    @PostMapping("/suspension")
    @ResponseStatus(HttpStatus.CREATED)
    CaseControlRecord suspend(@PathVariable String caseNo, @RequestBody(required = false) ReasonBody body) {
        return control.suspend(caseNo, body == null ? null : body.reason());
    }

    @PostMapping("/resumption")
    CaseControlRecord resume(@PathVariable String caseNo, @RequestBody(required = false) ReasonBody body) {
        return control.resume(caseNo, body == null ? null : body.reason());
    }

    @PostMapping("/termination")
    @ResponseStatus(HttpStatus.CREATED)
    CaseControlRecord terminate(@PathVariable String caseNo, @RequestBody(required = false) ReasonBody body) {
        return control.terminate(caseNo, body == null ? null : body.reason());
    }

    @GetMapping("/control")
    List<CaseControlRecord> history(@PathVariable String caseNo) {
        return records.ofCase(caseFiles.readable(identity.getCurrentAuthentication(), caseNo).caseNo());
    }
}
