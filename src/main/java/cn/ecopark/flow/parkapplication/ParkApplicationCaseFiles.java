package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.indexsystem.PlanningEiaStatus;
import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.casefile.CaseFile;
import cn.ecopark.flow.casefile.CaseFileProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/** The park application as the shared staff pages see it: approval sheet, applicant lookup, attachments, dashboard (first there: @Order). */
@Order(1)
@Component
class ParkApplicationCaseFiles implements CaseFileProvider {

    static final String CASE_TYPE_NAME = "生态工业园区创建申报";
    private static final DateTimeFormatter DATE_TIME = AppClock.DATE_TIME;

    private final ParkApplicationRepository applications;
    private final ParkApplicationProperties properties;
    private final JdbcClient jdbc;

    ParkApplicationCaseFiles(ParkApplicationRepository applications, JdbcClient jdbc, ParkApplicationProperties properties) {
        this.applications = applications;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public String caseType() {
        return ApplicationDecisions.PROCESS_KEY;
    }

    @Override
    public String caseTypeName() {
        return CASE_TYPE_NAME;
    }

    @Override
    public Optional<CaseFile> byCaseNo(String caseNo) {
        if (!caseNo.startsWith(RegisterApplication.CASE_PREFIX + "-")) {
            return Optional.empty();
        }
        return applications.findByApplicationNo(caseNo).map(a -> caseFile(a, noticeText()));
    }

    @Override
    public Optional<CaseFile> byProcessInstanceId(String processInstanceId) {
        return applications.findByProcessInstanceId(processInstanceId).map(a -> caseFile(a, noticeText()));
    }

    @Override
    public LinkedHashMap<String, Long> countByStage() {
        LinkedHashMap<String, Long> counts = new LinkedHashMap<>();
        for (ApplicationStatus status : ApplicationStatus.values()) {
            counts.put(status.chineseName(), 0L);
        }
        jdbc.sql("SELECT status, COUNT(*) AS n FROM park_application GROUP BY status")
                .query((rs, i) -> {
                    ApplicationStatus status = ApplicationStatus.valueOf(rs.getString("status"));
                    counts.put(status.chineseName(), rs.getLong("n"));
                    return null;
                }).list();
        return counts;
    }

    /** The 公示 length as users read it: the figure with its source (待确认 until an administrator records it). */
    private String noticeText() {
        return "公示期 " + properties.publicNoticePeriod().toDays() + " 天，来源：" + properties.publicNoticePeriodSource();
    }

    static CaseFile caseFile(ParkApplication a) {
        return caseFile(a, null);
    }

    static CaseFile caseFile(ParkApplication a, String noticeText) {
        List<CaseFile.Field> details = new ArrayList<>();
        details.add(new CaseFile.Field("申报编号", a.getApplicationNo()));
        details.add(new CaseFile.Field("园区名称", a.getParkName()));
        details.add(new CaseFile.Field("所在设区市", City.byCode(a.getCity()).map(City::chineseName).orElse(a.getCity())));
        details.add(new CaseFile.Field("园区类型", a.getParkType().chineseName()));
        details.add(new CaseFile.Field("规划面积", a.getAreaKm2().toPlainString() + " 平方公里"));
        details.add(new CaseFile.Field("碳排放强度下降率", a.getCarbonIntensityReductionPct().toPlainString() + "%"));
        details.add(new CaseFile.Field("“三线一单”符合性", a.isThreeLinesCompliant() ? "符合" : "不符合"));
        details.add(new CaseFile.Field("绿岛共享环保设施", a.getGreenIslandFacilities() + " 个"));
        details.add(new CaseFile.Field("园区规划环评", a.getPlanningEiaStatus().chineseName()));
        if (a.getIndexCatalogueVersion() != null) {
            details.add(new CaseFile.Field("评价所用指标体系版本", a.getIndexCatalogueVersion()));
        }
        details.add(new CaseFile.Field("联系人", a.getContactName()));
        details.add(new CaseFile.Field("联系电话", a.getContactPhone()));
        details.add(new CaseFile.Field("申报时间", DATE_TIME.format(a.getSubmittedAt())));
        details.add(new CaseFile.Field("申报材料清单", String.join("；", a.getAttachmentNames().lines()
                .map(String::strip).filter(l -> !l.isEmpty()).toList())));
        String requested = a.getStatus() == ApplicationStatus.CORRECTION_REQUESTED ? a.getCorrectionReasons() : null;
        return new CaseFile(ApplicationDecisions.PROCESS_KEY, CASE_TYPE_NAME, a.getApplicationNo(), a.getParkName(),
                a.getProcessInstanceId(), a.getApplicant(), a.getStatus().chineseName(), !a.isOpen(), a.getSubmittedAt(),
                a.getClosedAt(), requested, details, result(a, noticeText));
    }

    /** The outcome as it stands: final status, conditions attached by agencies, evaluation and notice. */
    private static String result(ParkApplication a, String noticeText) {
        List<String> parts = new ArrayList<>();
        parts.add(switch (a.getStatus()) {
            case NAMED -> "公示期满无异议，予以命名（" + AppClock.CHINESE_DATE.format(a.getClosedAt()) + "）";
            case REJECTED -> "不予通过（" + AppClock.CHINESE_DATE.format(a.getClosedAt()) + "）";
            case WITHDRAWN -> "申报单位已撤回（" + AppClock.CHINESE_DATE.format(a.getClosedAt()) + "）";
            case INELIGIBLE -> "不予受理：" + a.getIneligibleReason();
            case TERMINATED -> "终止办理（" + AppClock.CHINESE_DATE.format(a.getClosedAt()) + "）";
            default -> "办理中，当前环节：" + a.getStatus().chineseName();
        });
        if (a.indexSummary() != null) {
            parts.add(a.indexSummary());
        }
        for (ReviewCondition condition : a.getConditions()) {
            parts.add("附加条件（" + StaffGroup.displayName(condition.agency()) + "）：" + condition.text());
        }
        if (a.getNoticeEndsAt() != null) {
            parts.add("公示截止 " + AppClock.CHINESE_DATE.format(a.getNoticeEndsAt()) + (noticeText == null ? "" : "（" + noticeText + "）"));
        }
        return String.join("\n", parts);
    }
}
