package cn.ecopark.flow.casecontrol;

import cn.ecopark.flow.casefile.CaseFile;
import cn.ecopark.flow.taskops.CaseOperationOffers;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** 案件控制 on the 办理操作 page: the case's state (中止, 终止) and whether the caller may 中止, 恢复 or 终止 it. */
@Component
class CaseControlOffers implements CaseOperationOffers {

    private final CaseControlRecords records;

    CaseControlOffers(CaseControlRecords records) {
        this.records = records;
    }

    @Override
    public void offer(CaseFile file, Authentication caller, Map<String, Object> answer) {
        Optional<CaseControlRecord> suspension = records.openSuspension(file.caseNo());
        Optional<CaseControlRecord> termination = records.termination(file.caseNo());
        Map<String, Object> control = new LinkedHashMap<>();
        control.put("suspended", suspension.isPresent());
        control.put("suspension", suspension.orElse(null));
        control.put("terminated", termination.isPresent());
        control.put("termination", termination.orElse(null));
        boolean open = !file.closed() && termination.isEmpty();
        // The same conditions CaseControl checks before it acts (right, open, not terminated; suspended or not).
        boolean leads = CaseControl.leads(caller, file);
        control.put("maySuspend", leads && open && suspension.isEmpty());
        control.put("mayResume", leads && open && suspension.isPresent());
        control.put("mayTerminate", leads && open);
        answer.put("caseControl", control);
    }
}
