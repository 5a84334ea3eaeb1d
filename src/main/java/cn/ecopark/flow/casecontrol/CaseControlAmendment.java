package cn.ecopark.flow.casecontrol;

import cn.ecopark.flow.casefile.CaseFile;
import cn.ecopark.flow.casefile.CaseFileAmendment;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A terminated case is closed as 已终止 and a suspended one says so in its stage, for every workflow, whether or not
 * its aggregate knows about 中止 / 终止.
 */
@Component
class CaseControlAmendment implements CaseFileAmendment {

    private final CaseControlRecords control;

    CaseControlAmendment(CaseControlRecords control) {
        this.control = control;
    }

    @Override
    public CaseFile amend(CaseFile f) {
        List<CaseControlRecord> records = control.ofCase(f.caseNo());
        if (records.isEmpty()) {
            return f;
        }
        var termination = records.stream().filter(r -> r.kind() == CaseControlRecord.Kind.TERMINATION).findFirst();
        if (termination.isPresent()) {
            return new CaseFile(f.caseType(), f.caseTypeName(), f.caseNo(), f.title(), f.processInstanceId(), f.applicant(),
                    "已终止", true, f.submittedAt(), f.closedAt() != null ? f.closedAt() : termination.get().startedAt(),
                    null, f.details(), f.result());
        }
        return records.stream().filter(r -> r.kind() == CaseControlRecord.Kind.SUSPENSION && r.open()).findFirst()
                .map(s -> new CaseFile(f.caseType(), f.caseTypeName(), f.caseNo(), f.title(), f.processInstanceId(), f.applicant(),
                        f.stageName() + "（已中止办理）", f.closed(), f.submittedAt(), f.closedAt(), f.requestedOfApplicant(),
                        f.details(), f.result()))
                .orElse(f);
    }
}
