package cn.ecopark.flow.greenchannel;

import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.agency.StaffGroup;
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

/**
 * The green-channel project as the shared staff pages see it. Agencies' bases and comments stay out: the
 * applicant's lookup shows the case file, and those are internal opinions (they are on the approval sheet's
 * decision list, which only staff and the applicant's own sheet render from approval records).
 */
@Order(2)
@Component
class GreenChannelCaseFiles implements CaseFileProvider {

    static final String PROCESS_KEY = "green-channel-approval";
    static final String CASE_TYPE_NAME = "重点项目环评审批绿色通道";
    /** Display order: the way a case goes, closings last. */
    private static final List<ProjectStatus> STAGES = List.of(ProjectStatus.AWAITING_ACCEPTANCE, ProjectStatus.IN_REVIEW,
            ProjectStatus.CORRECTION_REQUESTED, ProjectStatus.JOINT_REPLY, ProjectStatus.APPROVED,
            ProjectStatus.APPROVED_WITH_CONDITIONS, ProjectStatus.REFUSED, ProjectStatus.INELIGIBLE, ProjectStatus.TERMINATED,
            ProjectStatus.WITHDRAWN);
    private static final DateTimeFormatter DATE_TIME = AppClock.DATE_TIME;

    private final GreenChannelProjectRepository projects;
    private final JdbcClient jdbc;

    GreenChannelCaseFiles(GreenChannelProjectRepository projects, JdbcClient jdbc) {
        this.projects = projects;
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
        if (!caseNo.startsWith(GreenChannelProject.CASE_PREFIX + "-")) {
            return Optional.empty();
        }
        return projects.findByProjectNo(caseNo).map(GreenChannelCaseFiles::caseFile);
    }

    @Override
    public Optional<CaseFile> byProcessInstanceId(String processInstanceId) {
        return projects.findByProcessInstanceId(processInstanceId).map(GreenChannelCaseFiles::caseFile);
    }

    @Override
    public LinkedHashMap<String, Long> countByStage() {
        LinkedHashMap<String, Long> counts = new LinkedHashMap<>();
        STAGES.forEach(stage -> counts.put(stage.chineseName(), 0L));
        jdbc.sql("SELECT status, COUNT(*) AS n FROM green_channel_project GROUP BY status")
                .query((rs, i) -> counts.put(ProjectStatus.valueOf(rs.getString("status")).chineseName(), rs.getLong("n")))
                .list();
        return counts;
    }

    static CaseFile caseFile(GreenChannelProject p) {
        List<CaseFile.Field> details = new ArrayList<>();
        details.add(new CaseFile.Field("项目编号", p.getProjectNo()));
        details.add(new CaseFile.Field("项目名称", p.getProjectName()));
        details.add(new CaseFile.Field("项目代码", p.getProjectCode()));
        if (p.getKeyProjectBasis() != null) {
            details.add(new CaseFile.Field("重点建设项目依据", p.getKeyProjectBasis().chineseName()
                    + (p.getKeyProjectDocNo() == null ? "" : "（" + p.getKeyProjectDocNo() + "）")));
        }
        details.add(new CaseFile.Field("建设单位", p.getInvestor()));
        details.add(new CaseFile.Field("所在园区", p.getParkName()));
        details.add(new CaseFile.Field("所在设区市", City.byCode(p.getCity()).map(City::chineseName).orElse(p.getCity())));
        details.add(new CaseFile.Field("总投资", p.getInvestmentWan().toPlainString() + " 万元"));
        details.add(new CaseFile.Field("所属行业", p.getIndustry().chineseName()));
        details.add(new CaseFile.Field("外商投资", p.isForeignInvested() ? "是" : "否"));
        details.add(new CaseFile.Field("投资项目审批方式", p.getReformProcedure().chineseName()));
        details.add(new CaseFile.Field("环评类别", p.getEiaCategory().chineseName()));
        details.add(new CaseFile.Field("与规划环评一致", p.isPlanningEiaConsistent() ? "一致（依法简化环评文件内容）" : "不一致"));
        // Both limits side by side: the statutory one with its article or 待确认, the commitment with its source.
        for (GreenChannelReview review : p.getReviews()) {
            details.add(new CaseFile.Field("时限·" + StaffGroup.displayName(review.getAgency()) + review.getReviewTypeName(),
                    review.statutoryText() + "；" + review.commitmentText()));
        }
        details.add(new CaseFile.Field("联系人", p.getContactName()));
        details.add(new CaseFile.Field("联系电话", p.getContactPhone()));
        details.add(new CaseFile.Field("申报时间", DATE_TIME.format(p.getSubmittedAt())));
        details.add(new CaseFile.Field("申报材料清单", String.join("；", p.getDocumentNames().lines()
                .map(String::strip).filter(l -> !l.isEmpty()).toList())));
        boolean closed = p.getClosedAt() != null;
        return new CaseFile(PROCESS_KEY, CASE_TYPE_NAME, p.getProjectNo(), p.getProjectName(), p.getProcessInstanceId(),
                p.getSubmittedBy(), p.getStatus().chineseName(), closed, p.getSubmittedAt(), p.getClosedAt(),
                closed ? null : requested(p), details, result(p));
    }

    /** 补正 asked by an agency, or the documents promised at 容缺受理 and not yet supplied. */
    private static String requested(GreenChannelProject p) {
        List<String> asks = new ArrayList<>();
        if (p.getStatus() == ProjectStatus.CORRECTION_REQUESTED && p.getCorrectionRequest() != null) {
            asks.add("补正（" + StaffGroup.displayName(p.getCorrectionRequestedBy()) + "）：" + p.getCorrectionRequest());
        }
        p.openCommitment().ifPresent(c -> asks.add("容缺补齐材料：" + c.missingDocuments()
                + "，期限 " + c.deadline().getYear() + "年" + c.deadline().getMonthValue() + "月" + c.deadline().getDayOfMonth() + "日"));
        return asks.isEmpty() ? null : String.join("\n", asks);
    }

    /** The joint reply as it stands and the conditions the investor must meet; bases and comments are internal. */
    private static String result(GreenChannelProject p) {
        List<String> parts = new ArrayList<>();
        parts.add(switch (p.getStatus()) {
            case APPROVED, APPROVED_WITH_CONDITIONS, REFUSED ->
                    "联合答复：" + p.getStatus().chineseName() + "（" + AppClock.CHINESE_DATE.format(p.getClosedAt()) + "）";
            case INELIGIBLE -> "不予受理：" + p.getIneligibleReason();
            case TERMINATED -> "终止办理（" + AppClock.CHINESE_DATE.format(p.getClosedAt()) + "）";
            case WITHDRAWN -> "申报单位已撤回（" + AppClock.CHINESE_DATE.format(p.getClosedAt()) + "）";
            default -> "办理中，当前环节：" + p.getStatus().chineseName();
        });
        for (GreenChannelObligation obligation : p.getObligations()) {
            parts.add("附加条件（" + StaffGroup.displayName(obligation.agency()) + "，" + obligation.subject().chineseName()
                    + "）：" + obligation.text());
        }
        return String.join("\n", parts);
    }
}
