package cn.ecopark.flow.taskops;

import cn.ecopark.flow.casefile.CaseFile;
import cn.ecopark.flow.casefile.CaseReadGrant;
import org.springframework.stereotype.Component;

/** A person a case was copied to (抄送) may read its file: approval sheet, documents, the case panel. */
@Component
class CarbonCopyReads implements CaseReadGrant {

    private final CarbonCopyRepository copies;

    CarbonCopyReads(CarbonCopyRepository copies) {
        this.copies = copies;
    }

    @Override
    public boolean mayRead(String userId, CaseFile file) {
        return copies.existsByRecipientAndCaseNo(userId, file.caseNo());
    }
}
