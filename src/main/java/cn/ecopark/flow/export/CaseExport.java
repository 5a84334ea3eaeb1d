package cn.ecopark.flow.export;

import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.calendar.CalendarResult;
import cn.ecopark.flow.calendar.WorkingDayCalendar;
import cn.ecopark.flow.casefile.CaseFile;
import cn.ecopark.flow.casefile.CaseFileProvider;
import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.security.EngineAsSystem;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The cases of one workflow submitted in a period (Asia/Shanghai dates, both ends included): where each stands,
 * the working days it has used (submission to closing, or to today while open; 法定节假日 and 调休 counted by the
 * working-day calendar), and every decision taken on it with agency, outcome, date and signer. Read as the system
 * after the caller's right to the dashboard was checked.
 */
@Component
class CaseExport {

    static final int MAX_CASES = 20_000;
    static final List<String> CASE_HEADERS = List.of("业务类型", "案卷编号", "名称", "当前环节", "是否办结", "申报时间",
            "办结时间", "已用工作日", "工作日说明", "审批决定（环节／机关／结论／日期／签批人）");
    static final List<String> DECISION_HEADERS = List.of("案卷编号", "名称", "环节", "决定机关", "办理结论", "决定日期",
            "签批人", "签批人账号", "依据", "附加条件", "意见");
    private static final DateTimeFormatter DATE_TIME = AppClock.DATE_TIME;

    private final List<CaseFileProvider> providers;
    private final HistoryService history;
    private final IdentityService identity;
    private final ApprovalRecordRepository records;
    private final WorkingDayCalendar calendar;
    private final EngineAsSystem engine;

    CaseExport(List<CaseFileProvider> providers, HistoryService history, IdentityService identity,
               ApprovalRecordRepository records, WorkingDayCalendar calendar, EngineAsSystem engine) {
        this.providers = providers;
        this.history = history;
        this.identity = identity;
        this.records = records;
        this.calendar = calendar;
        this.engine = engine;
    }

    CaseFileProvider provider(String caseType) {
        if (caseType == null || caseType.isBlank()) {
            throw new InvalidInput("caseType：请选择业务类型，可选：" + choices());
        }
        return providers.stream().filter(p -> p.caseType().equals(caseType.strip())).findFirst()
                .orElseThrow(() -> new InvalidInput("caseType：没有业务类型“" + caseType + "”，可选：" + choices()));
    }

    /** Sheet 1 one row per case, sheet 2 one row per decision. */
    List<Sheet> sheets(CaseFileProvider provider, LocalDate from, LocalDate to, LocalDate today) {
        Date start = Date.from(from.atStartOfDay(AppClock.ZONE).toInstant());
        Date end = Date.from(to.plusDays(1).atStartOfDay(AppClock.ZONE).toInstant().minusMillis(1));
        List<HistoricProcessInstance> instances = engine.call(() -> {
            var query = history.createHistoricProcessInstanceQuery().processDefinitionKey(provider.caseType())
                    .startedAfter(start).startedBefore(end);
            if (query.count() > MAX_CASES) {
                throw new InvalidInput("to：该期间超过 " + MAX_CASES + " 件案卷，请缩短导出期间");
            }
            return query.orderByProcessInstanceStartTime().asc().list();
        });
        Map<String, String> signers = new HashMap<>();
        List<List<Object>> caseRows = new ArrayList<>();
        List<List<Object>> decisionRows = new ArrayList<>();
        for (HistoricProcessInstance instance : instances) {
            Optional<CaseFile> found = provider.byProcessInstanceId(instance.getId());
            if (found.isEmpty()) {
                continue;
            }
            CaseFile file = found.get();
            List<ApprovalRecord> decisions = records.findByProcessInstanceIdOrderByDecidedAtAscIdAsc(instance.getId());
            Instant submitted = file.submittedAt() != null ? file.submittedAt() : instance.getStartTime().toInstant();
            LocalDate until = file.closedAt() != null ? WorkingDayCalendar.toLocalDate(file.closedAt()) : today;
            CalendarResult<Integer> days = calendar.workingDaysBetween(WorkingDayCalendar.toLocalDate(submitted), until);
            caseRows.add(Sheet.row(file.caseTypeName(), file.caseNo(), file.title(), file.stageName(), file.closed() ? "是" : "否",
                    DATE_TIME.format(submitted), file.closedAt() == null ? "" : DATE_TIME.format(file.closedAt()),
                    days.value(), days.warning().orElse(""),
                    decisions.stream().map(d -> String.join("／", d.stepName(), StaffGroup.displayName(d.agency()),
                                    d.outcome().chineseName(), AppClock.DATE.format(d.decidedAt()), signer(signers, d.actor())))
                            .collect(Collectors.joining("；"))));
            for (ApprovalRecord d : decisions) {
                decisionRows.add(Sheet.row(file.caseNo(), file.title(), d.stepName(), StaffGroup.displayName(d.agency()),
                        d.outcome().chineseName(), AppClock.DATE.format(d.decidedAt()), signer(signers, d.actor()), d.actor(),
                        d.basis(), d.conditions(), d.comment()));
            }
        }
        return List.of(new Sheet("案卷", CASE_HEADERS, caseRows), new Sheet("审批决定", DECISION_HEADERS, decisionRows));
    }

    /** The signer's name as the identity service knows it (as seeded: first name then last name, e.g. 系统 + 管理员), else the account. */
    private String signer(Map<String, String> cache, String userId) {
        if (userId == null) {
            return "";
        }
        return cache.computeIfAbsent(userId, id -> engine.call(() -> {
            User user = identity.createUserQuery().userId(id).singleResult();
            if (user == null) {
                return id;
            }
            String name = ((user.getFirstName() == null ? "" : user.getFirstName())
                    + (user.getLastName() == null ? "" : user.getLastName())).strip();
            return name.isEmpty() ? id : name;
        }));
    }

    private String choices() {
        return providers.stream().map(p -> p.caseType() + "（" + p.caseTypeName() + "）").collect(Collectors.joining("、"));
    }
}
