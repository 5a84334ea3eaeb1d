package cn.ecopark.flow.library.api;

import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.casefile.CaseFile;
import cn.ecopark.flow.casefile.CaseFileProvider;
import cn.ecopark.flow.library.BankAction;
import cn.ecopark.flow.library.FundingTranche;
import cn.ecopark.flow.library.IntakeStatus;
import cn.ecopark.flow.library.Library;
import cn.ecopark.flow.library.LibraryIntake;
import cn.ecopark.flow.library.LibraryProject;
import cn.ecopark.flow.library.LibraryProjectRepository;
import cn.ecopark.flow.library.ProjectData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * A library intake (WRFZ or LSJR number) as the shared staff pages see it: one provider per library, since each
 * library is its own workflow, both reading the shared project record. Entry notes and the banks' reasons are
 * internal and stay out: the applicant's lookup shows the case file.
 */
class LibraryCaseFiles implements CaseFileProvider {

    private static final DateTimeFormatter DATE_TIME = AppClock.DATE_TIME;

    private final Library library;
    private final String caseTypeName;
    /** Display order: under review, the ways of being in the library, refused last. */
    private final List<IntakeStatus> stages;
    private final LibraryProjectRepository projects;
    private final JdbcClient jdbc;

    LibraryCaseFiles(Library library, String caseTypeName, List<IntakeStatus> stages,
                     LibraryProjectRepository projects, JdbcClient jdbc) {
        this.library = library;
        this.caseTypeName = caseTypeName;
        this.stages = stages;
        this.projects = projects;
        this.jdbc = jdbc;
    }

    @Configuration
    static class Providers {

        @Order(3)
        @Bean
        CaseFileProvider pollutionLibraryCaseFiles(LibraryProjectRepository projects, JdbcClient jdbc) {
            return new LibraryCaseFiles(Library.POLLUTION_PREVENTION, "污染防治项目入库", List.of(
                    IntakeStatus.UNDER_REVIEW, IntakeStatus.ADMITTED_RESERVE, IntakeStatus.ADMITTED_FUNDED,
                    IntakeStatus.ADMITTED_PARTIALLY_FUNDED, IntakeStatus.ADMITTED_UNFUNDED, IntakeStatus.REFUSED),
                    projects, jdbc);
        }

        @Bean
        @Order(4)
        CaseFileProvider greenFinanceCaseFiles(LibraryProjectRepository projects, JdbcClient jdbc) {
            return new LibraryCaseFiles(Library.GREEN_FINANCE, "绿色金融项目入库", List.of(
                    IntakeStatus.UNDER_REVIEW, IntakeStatus.ADMITTED_FOLLOW_UP, IntakeStatus.ADMITTED_FINANCED,
                    IntakeStatus.ADMITTED_PARTIALLY_FINANCED, IntakeStatus.ADMITTED_NOT_FINANCED, IntakeStatus.REFUSED),
                    projects, jdbc);
        }
    }

    @Override
    public String caseType() {
        return library.processKey();
    }

    @Override
    public String caseTypeName() {
        return caseTypeName;
    }

    @Override
    public Optional<CaseFile> byCaseNo(String caseNo) {
        if (!caseNo.startsWith(library.casePrefix() + "-")) {
            return Optional.empty();
        }
        return find("case_no", caseNo);
    }

    @Override
    public Optional<CaseFile> byProcessInstanceId(String processInstanceId) {
        return find("process_instance_id", processInstanceId);
    }

    private Optional<CaseFile> find(String column, String value) {
        // The intake lives inside the project aggregate: find its project, then read the aggregate whole.
        return jdbc.sql("SELECT library_project, case_no FROM library_intake WHERE library = :library AND " + column + " = :value")
                .param("library", library.name()).param("value", value)
                .query((rs, i) -> new String[]{rs.getString("library_project"), rs.getString("case_no")})
                .optional()
                .flatMap(row -> projects.findById(Long.valueOf(row[0])).map(project -> caseFile(project, project.intake(row[1]))));
    }

    @Override
    public LinkedHashMap<String, Long> countByStage() {
        LinkedHashMap<String, Long> counts = new LinkedHashMap<>();
        stages.forEach(stage -> counts.put(stage.chineseName(), 0L));
        jdbc.sql("SELECT status, COUNT(*) AS n FROM library_intake WHERE library = :library GROUP BY status")
                .param("library", library.name())
                .query((rs, i) -> counts.put(IntakeStatus.valueOf(rs.getString("status")).chineseName(), rs.getLong("n")))
                .list();
        return counts;
    }

    private CaseFile caseFile(LibraryProject project, LibraryIntake intake) {
        ProjectData data = project.data();
        List<CaseFile.Field> details = new ArrayList<>();
        details.add(new CaseFile.Field("入库编号", intake.getCaseNo()));
        details.add(new CaseFile.Field("申请入库", library.chineseName()));
        details.add(new CaseFile.Field("项目名称", data.projectName()));
        details.add(new CaseFile.Field("所在园区", data.parkName()));
        details.add(new CaseFile.Field("所在设区市", City.byCode(data.city()).map(City::chineseName).orElse(data.city())));
        details.add(new CaseFile.Field("项目类型", data.projectType().chineseName()));
        details.add(new CaseFile.Field("总投资", data.totalInvestment().toPlainString() + " 万元"));
        details.add(new CaseFile.Field("项目前期进展", data.readiness().chineseName()));
        details.add(new CaseFile.Field("预计年减排量", "化学需氧量 " + data.codReduction().toPlainString() + " 吨，氨氮 "
                + data.ammoniaReduction().toPlainString() + " 吨，氮氧化物 " + data.noxReduction().toPlainString()
                + " 吨，挥发性有机物 " + data.vocsReduction().toPlainString() + " 吨"));
        details.add(new CaseFile.Field(library == Library.GREEN_FINANCE ? "申请融资额" : "申请资金",
                intake.getRequestedAmount().toPlainString() + " 万元"));
        if (intake.getLoanTermMonths() != null) {
            details.add(new CaseFile.Field("贷款期限", intake.getLoanTermMonths() + " 个月"));
        }
        details.add(new CaseFile.Field("项目简介", data.description()));
        details.add(new CaseFile.Field("联系人", data.contactName()));
        details.add(new CaseFile.Field("联系电话", data.contactPhone()));
        details.add(new CaseFile.Field("申请时间", DATE_TIME.format(intake.getSubmittedAt())));
        boolean closed = closed(intake.getStatus());
        Instant closedAt = !closed ? null : intake.getClosedAt() != null ? intake.getClosedAt() : intake.getAdmittedAt();
        return new CaseFile(library.processKey(), caseTypeName, intake.getCaseNo(), data.projectName(),
                intake.getProcessInstanceId(), intake.getApplicant(), intake.getStatus().chineseName(), closed,
                intake.getSubmittedAt(), closedAt, null, details, result(project, intake));
    }

    /** Pollution library admission ends its case; a green-finance admission goes on with the banks' follow-up. */
    private static boolean closed(IntakeStatus status) {
        return status != IntakeStatus.UNDER_REVIEW && status != IntakeStatus.ADMITTED_FOLLOW_UP;
    }

    /** Where the intake stands, with the funds arranged or the banks' support; no internal notes or reasons. */
    private String result(LibraryProject project, LibraryIntake intake) {
        List<String> parts = new ArrayList<>();
        IntakeStatus status = intake.getStatus();
        if (status == IntakeStatus.UNDER_REVIEW) {
            parts.add("办理中，当前环节：" + status.chineseName());
        } else if (status == IntakeStatus.REFUSED) {
            // The reason is made of the agencies' own opinions: internal, so not in the public case file.
            parts.add("不予入库（" + AppClock.CHINESE_DATE.format(intake.getClosedAt()) + "）");
        } else {
            parts.add(status.chineseName() + "（入库日期 " + AppClock.CHINESE_DATE.format(intake.getAdmittedAt()) + "）");
        }
        if (intake.getPriority() != null && status.admitted()) {
            parts.add("支持等级：" + intake.getPriority().chineseName());
        }
        for (FundingTranche tranche : project.tranchesOf(intake.getCaseNo())) {
            parts.add("安排资金第 " + tranche.seq() + " 批：" + tranche.amount().toPlainString() + " 万元，计划 "
                    + tranche.plannedOn() + " 下达");
        }
        for (BankAction action : project.bankActionsOf(intake.getCaseNo())) {
            parts.add(StaffGroup.displayName(action.bank()) + "：" + action.outcome().chineseName()
                    + (action.amount() == null ? "" : "，" + amount(action.amount()) + " 万元"));
        }
        return String.join("\n", parts);
    }

    private static String amount(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
