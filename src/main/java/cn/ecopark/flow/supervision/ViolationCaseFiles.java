package cn.ecopark.flow.supervision;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.casefile.CaseFile;
import cn.ecopark.flow.casefile.CaseFileProvider;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * A violation case (measure 17) as the shared staff pages see it. Agencies report it, nobody applies: the case
 * has no applicant and asks nothing of anyone outside. The sanction's explanation and the agencies' opinions
 * are internal and stay out.
 */
@Order(6)
@Component
class ViolationCaseFiles implements CaseFileProvider {

    static final String PROCESS_KEY = "violation-handling";
    static final String CASE_TYPE_NAME = "园区环境违法处理";

    private final ViolationRepository violations;
    private final ParkRepository parks;
    private final JdbcClient jdbc;

    ViolationCaseFiles(ViolationRepository violations, ParkRepository parks, JdbcClient jdbc) {
        this.violations = violations;
        this.parks = parks;
        this.jdbc = jdbc;
    }

    @Override
    public String caseType() {
        return PROCESS_KEY;
    }

    @Override
    public String caseTypeName() {
        return CASE_TYPE_NAME;
    }

    @Override
    public Optional<CaseFile> byCaseNo(String caseNo) {
        if (!caseNo.startsWith(Supervision.VIOLATION_PREFIX + "-")) {
            return Optional.empty();
        }
        return violations.findByCaseNo(caseNo).map(this::caseFile);
    }

    @Override
    public Optional<CaseFile> byProcessInstanceId(String processInstanceId) {
        return violations.findByProcessInstanceId(processInstanceId).map(this::caseFile);
    }

    @Override
    public LinkedHashMap<String, Long> countByStage() {
        LinkedHashMap<String, Long> counts = new LinkedHashMap<>();
        for (ViolationStatus status : ViolationStatus.values()) {
            counts.put(status.chineseName(), 0L);
        }
        jdbc.sql("SELECT status, COUNT(*) AS n FROM violation GROUP BY status")
                .query((rs, i) -> counts.put(ViolationStatus.valueOf(rs.getString("status")).chineseName(), rs.getLong("n")))
                .list();
        return counts;
    }

    private CaseFile caseFile(Violation v) {
        String parkName = parks.findById(v.getParkId()).map(Park::getName).orElse("园区 " + v.getParkId());
        List<CaseFile.Field> details = new ArrayList<>();
        details.add(new CaseFile.Field("案件编号", v.getCaseNo()));
        details.add(new CaseFile.Field("涉及园区", parkName));
        details.add(new CaseFile.Field("违法情形", v.getKind().chineseName()));
        details.add(new CaseFile.Field("处罚决定书文号", v.getCaseReference()));
        details.add(new CaseFile.Field("发生日期", AppClock.CHINESE_DATE.format(v.getOccurredOn())));
        details.add(new CaseFile.Field("情况说明", v.getDescription()));
        details.add(new CaseFile.Field("报送时园区状态", v.getParkStatus().chineseName()));
        details.add(new CaseFile.Field("报送时间", AppClock.DATE_TIME.format(v.getReportedAt())));
        boolean closed = v.getClosedAt() != null;
        return new CaseFile(PROCESS_KEY, CASE_TYPE_NAME, v.getCaseNo(), parkName + " " + v.getKind().chineseName(),
                v.getProcessInstanceId(), null, v.getStatus().chineseName(), closed, v.getReportedAt(), v.getClosedAt(),
                null, details, result(v));
    }

    private static String result(Violation v) {
        List<String> parts = new ArrayList<>();
        parts.add(v.getClosedAt() == null ? "办理中，当前环节：" + v.getStatus().chineseName()
                : v.getStatus().chineseName() + "（" + AppClock.CHINESE_DATE.format(v.getClosedAt()) + "）");
        if (v.getSanction() != null) {
            parts.add((v.getClosedAt() == null ? "拟处理：" : "处理意见：") + v.getSanction().chineseName());
        }
        return String.join("\n", parts);
    }
}
