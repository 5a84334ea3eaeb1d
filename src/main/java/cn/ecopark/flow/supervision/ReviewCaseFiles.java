package cn.ecopark.flow.supervision;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.casefile.CaseFile;
import cn.ecopark.flow.casefile.CaseFileProvider;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkRepository;
import cn.ecopark.flow.indexsystem.IndicatorValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * The biennial re-inspection as the shared staff pages see it; the applicant is the park's contact, who
 * files the self-check and the rectification report. The agencies' opinions stay on the decision list.
 */
@Order(5)
@Component
class ReviewCaseFiles implements CaseFileProvider {

    static final String CASE_TYPE_NAME = "生态工业园区两年复查";

    private final ReviewRepository reviews;
    private final ParkRepository parks;
    private final JdbcClient jdbc;

    ReviewCaseFiles(ReviewRepository reviews, ParkRepository parks, JdbcClient jdbc) {
        this.reviews = reviews;
        this.parks = parks;
        this.jdbc = jdbc;
    }

    @Override
    public String caseType() {
        return Supervision.REVIEW_PROCESS;
    }

    @Override
    public String caseTypeName() {
        return CASE_TYPE_NAME;
    }

    @Override
    public Optional<CaseFile> byCaseNo(String caseNo) {
        if (!caseNo.startsWith(Supervision.REVIEW_PREFIX + "-")) {
            return Optional.empty();
        }
        return reviews.findByReviewNo(caseNo).map(this::caseFile);
    }

    @Override
    public Optional<CaseFile> byProcessInstanceId(String processInstanceId) {
        return reviews.findByProcessInstanceId(processInstanceId).map(this::caseFile);
    }

    @Override
    public LinkedHashMap<String, Long> countByStage() {
        LinkedHashMap<String, Long> counts = new LinkedHashMap<>();
        for (ReviewStatus status : ReviewStatus.values()) {
            counts.put(status.chineseName(), 0L);
        }
        jdbc.sql("SELECT status, COUNT(*) AS n FROM review GROUP BY status")
                .query((rs, i) -> counts.put(ReviewStatus.valueOf(rs.getString("status")).chineseName(), rs.getLong("n")))
                .list();
        return counts;
    }

    private CaseFile caseFile(Review r) {
        String parkName = parks.findById(r.getParkId()).map(Park::getName).orElse("园区 " + r.getParkId());
        List<CaseFile.Field> details = new ArrayList<>();
        details.add(new CaseFile.Field("复查编号", r.getReviewNo()));
        details.add(new CaseFile.Field("园区名称", parkName));
        details.add(new CaseFile.Field("命名日期", AppClock.CHINESE_DATE.format(r.getNamedOn())));
        details.add(new CaseFile.Field("复查周期", "命名后第 " + r.getCycleNo() + " 次复查"));
        details.add(new CaseFile.Field("应复查日期", AppClock.CHINESE_DATE.format(r.getDueOn())));
        details.add(new CaseFile.Field("现场抽查", r.isSpotChecked() ? "列入抽查" : "未列入抽查"));
        IndicatorValues figures = r.figures();
        if (figures != null) {
            details.add(new CaseFile.Field("碳排放强度下降率", figures.carbonIntensityReductionPct().toPlainString() + "%"));
            details.add(new CaseFile.Field("“三线一单”符合性", figures.threeLinesCompliant() ? "符合" : "不符合"));
            details.add(new CaseFile.Field("绿岛共享环保设施", figures.greenIslandFacilities() + " 个"));
            details.add(new CaseFile.Field("园区规划环评", figures.planningEiaStatus().chineseName()));
        }
        if (r.getIndexCatalogueVersion() != null) {
            details.add(new CaseFile.Field("评价所用指标体系版本", r.getIndexCatalogueVersion()));
        }
        if (r.getSelfCheckedAt() != null) {
            details.add(new CaseFile.Field("自查报告提交时间", AppClock.DATE_TIME.format(r.getSelfCheckedAt())));
        }
        if (r.getRectificationReportedAt() != null) {
            details.add(new CaseFile.Field("整改报告提交时间", AppClock.DATE_TIME.format(r.getRectificationReportedAt())));
        }
        boolean closed = r.getClosedAt() != null;
        return new CaseFile(Supervision.REVIEW_PROCESS, CASE_TYPE_NAME, r.getReviewNo(), parkName, r.getProcessInstanceId(),
                r.getContact(), r.getStatus().chineseName(), closed, r.getOpenedAt(), r.getClosedAt(),
                closed ? null : requested(r), details, result(r));
    }

    /** What the park itself must hand in now. */
    private static String requested(Review r) {
        return switch (r.getStatus()) {
            case SELF_CHECK -> "报送复查自查报告及指标数据";
            case RECTIFICATION -> "限期整改，" + (r.getRectificationDeadline() == null ? ""
                    : "于 " + AppClock.CHINESE_DATE.format(r.getRectificationDeadline()) + " 前") + "报送整改报告";
            default -> null;
        };
    }

    /** The catalogue's judgement and the verdict as they stand; the verdict reason is the decision table's, not an agency opinion. */
    private static String result(Review r) {
        List<String> parts = new ArrayList<>();
        parts.add(switch (r.getStatus()) {
            case PASSED, REVOKED, CANCELLED, NOT_REVOKED -> r.getStatus().chineseName() + "（" + AppClock.CHINESE_DATE.format(r.getClosedAt()) + "）";
            default -> "办理中，当前环节：" + r.getStatus().chineseName();
        });
        if (r.indexSummary() != null) {
            parts.add(r.indexSummary());
        }
        if (r.getVerdictReason() != null) {
            parts.add("复查结论：" + r.getVerdictReason());
        }
        if (r.getRectificationDeadline() != null) {
            parts.add("整改期限 " + AppClock.CHINESE_DATE.format(r.getRectificationDeadline()) + (r.isRectificationOverdue() ? "（逾期未报）" : ""));
        }
        return String.join("\n", parts);
    }
}
