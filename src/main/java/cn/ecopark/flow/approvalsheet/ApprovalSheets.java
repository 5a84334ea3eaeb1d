package cn.ecopark.flow.approvalsheet;

import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.casefile.CaseFile;
import cn.ecopark.flow.security.EngineAsSystem;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/** Assembles a case's approval sheet from its case file and every decision recorded on it. */
@Component
class ApprovalSheets {

    private final ApprovalRecordRepository records;
    private final IdentityService identityService;
    private final EngineAsSystem engine;

    ApprovalSheets(ApprovalRecordRepository records, IdentityService identityService, EngineAsSystem engine) {
        this.records = records;
        this.identityService = identityService;
        this.engine = engine;
    }

    ApprovalSheet of(CaseFile file) {
        Map<String, String> signers = new HashMap<>();
        var opinions = records.findAllByProcessInstanceIdOrderByDecidedAtAscIdAsc(file.processInstanceId()).stream()
                // Each opinion under the agency's name on the day it was given (e.g. CBIRC Shandong → NFRA Shandong, 2023).
                .map(r -> new ApprovalSheet.Opinion(r.stepName(),
                        StaffGroup.displayName(r.agency(), r.decidedAt().atZone(AppClock.ZONE).toLocalDate()),
                        signers.computeIfAbsent(r.actor(), this::signer),
                        LocalDateTime.ofInstant(r.decidedAt(), AppClock.ZONE), r.outcome().chineseName(),
                        r.basis(), r.conditions(), r.comment()))
                .toList();
        return new ApprovalSheet(file, opinions, LocalDateTime.ofInstant(AppClock.now(), AppClock.ZONE));
    }

    /** "省生态环境厅 经办人（ecology-clerk）": the person's name as kept in the identity service, and the account. */
    private String signer(String userId) {
        if ("system".equals(userId)) {
            return "系统自动处理";
        }
        // Reading another user's name is an identity permission clerks lack; the sheet itself was access-checked.
        User user = engine.call(() -> identityService.createUserQuery().userId(userId).singleResult());
        if (user == null) {
            return userId;
        }
        String name = ((user.getLastName() == null ? "" : user.getLastName()) + " "
                + (user.getFirstName() == null ? "" : user.getFirstName())).strip();
        return name.isEmpty() ? userId : name + "（" + userId + "）";
    }
}
