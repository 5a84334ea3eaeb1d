package cn.ecopark.flow.parkcreation;

import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.casefile.CaseFile;
import cn.ecopark.flow.casefile.CaseFileProvider;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/** The creation application as the shared staff pages see it (approval sheet, lookup, attachments, dashboard). */
@Order(2)
@Component
class ParkCreationCaseFiles implements CaseFileProvider {

    static final String CASE_TYPE_NAME = "生态工业园区创建申请（批准建设）";
    private static final DateTimeFormatter DATE_TIME = AppClock.DATE_TIME;

    private final ParkCreationRepository creations;
    private final JdbcClient jdbc;

    ParkCreationCaseFiles(ParkCreationRepository creations, JdbcClient jdbc) {
        this.creations = creations;
        this.jdbc = jdbc;
    }

    @Override
    public String caseType() {
        return ParkCreations.PROCESS_KEY;
    }

    @Override
    public String caseTypeName() {
        return CASE_TYPE_NAME;
    }

    @Override
    public Optional<CaseFile> byCaseNo(String caseNo) {
        if (!caseNo.startsWith(RegisterCreation.CASE_PREFIX + "-")) {
            return Optional.empty();
        }
        return creations.findByCaseNo(caseNo).map(ParkCreationCaseFiles::caseFile);
    }

    @Override
    public Optional<CaseFile> byProcessInstanceId(String processInstanceId) {
        return creations.findByProcessInstanceId(processInstanceId).map(ParkCreationCaseFiles::caseFile);
    }

    @Override
    public LinkedHashMap<String, Long> countByStage() {
        LinkedHashMap<String, Long> counts = new LinkedHashMap<>();
        for (CreationStatus status : CreationStatus.values()) {
            counts.put(status.chineseName(), 0L);
        }
        jdbc.sql("SELECT status, COUNT(*) AS n FROM park_creation GROUP BY status").query((rs, i) -> {
            counts.put(CreationStatus.valueOf(rs.getString("status")).chineseName(), rs.getLong("n"));
            return null;
        }).list();
        return counts;
    }

    static CaseFile caseFile(ParkCreation c) {
        List<CaseFile.Field> details = new ArrayList<>();
        details.add(new CaseFile.Field("申请编号", c.getCaseNo()));
        details.add(new CaseFile.Field("统一社会信用代码", c.getCreditCode()));
        details.add(new CaseFile.Field("园区名称", c.getParkName()));
        details.add(new CaseFile.Field("所在设区市", City.byCode(c.getCity()).map(City::chineseName).orElse(c.getCity())));
        details.add(new CaseFile.Field("园区类型", c.getParkType().chineseName()));
        details.add(new CaseFile.Field("规划面积", c.getAreaKm2().toPlainString() + " 平方公里"));
        details.add(new CaseFile.Field("建设规划概要", c.getBuildPlanSummary()));
        details.add(new CaseFile.Field("联系人", c.getContactName()));
        details.add(new CaseFile.Field("联系电话", c.getContactPhone()));
        details.add(new CaseFile.Field("申请时间", DATE_TIME.format(c.getSubmittedAt())));
        details.add(new CaseFile.Field("申请材料清单", String.join("；", c.getAttachmentNames().lines()
                .map(String::strip).filter(l -> !l.isEmpty()).toList())));
        return new CaseFile(ParkCreations.PROCESS_KEY, CASE_TYPE_NAME, c.getCaseNo(), c.getParkName(),
                c.getProcessInstanceId(), c.getApplicant(), c.getStatus().chineseName(), !c.isOpen(), c.getSubmittedAt(),
                c.getClosedAt(), null, details, result(c));
    }

    private static String result(ParkCreation c) {
        List<String> parts = new ArrayList<>();
        parts.add(switch (c.getStatus()) {
            case INELIGIBLE -> "不予受理：" + c.getIneligibleReason();
            case REJECTED -> "不予批准建设";
            default -> c.getApprovedOn() == null ? "办理中，当前环节：" + c.getStatus().chineseName()
                    : "批准建设（" + c.getApprovalDocumentNo() + "，" + c.getApprovedOn() + "）";
        });
        for (ProgressReport report : c.getReports()) {
            parts.add("第" + report.yearNo() + "年度建设进展（" + DATE_TIME.format(report.submittedAt()) + "）：" + report.summary());
        }
        return String.join("\n", parts);
    }
}
