package cn.ecopark.flow.library.api;

import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.library.BankAction;
import cn.ecopark.flow.library.Library;
import cn.ecopark.flow.library.LibraryIntake;
import cn.ecopark.flow.library.LibraryProject;
import cn.ecopark.flow.library.Preferences;
import cn.ecopark.flow.library.ProjectData;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the library REST API answers: a page of a library's list, and one project with its cases and opinions. */
final class LibraryViews {

    private LibraryViews() {
    }

    record Page(String library, String libraryName, int page, int size, long totalElements, int totalPages,
                List<Entry> projects) {
    }

    /** A project as a library lists it: priority, status and the financing summary of that library. */
    record Entry(Long projectId, String caseNo, String projectName, String parkName, String city, String cityName,
                 String projectType, String projectTypeName, String priority, String priorityName, String status,
                 String statusName, Instant admittedAt, BigDecimal totalInvestment, BigDecimal requestedAmount,
                 BigDecimal fundedAmount, BigDecimal loanApproved, List<String> preferences) {

        static Entry of(LibraryProject project, LibraryIntake intake) {
            ProjectData data = project.data();
            Preferences preferences = intake.preferences();
            boolean pollution = intake.getLibrary() == Library.POLLUTION_PREVENTION;
            return new Entry(project.getId(), intake.getCaseNo(), data.projectName(), data.parkName(), data.city(),
                    nameOfCity(data.city()), data.projectType().name(), data.projectType().chineseName(),
                    intake.getPriority() == null ? null : intake.getPriority().name(),
                    intake.getPriority() == null ? null : intake.getPriority().chineseName(),
                    intake.getStatus().name(), intake.getStatus().chineseName(), intake.getAdmittedAt(),
                    data.totalInvestment(), intake.getRequestedAmount(),
                    pollution ? project.fundedAmount(intake.getCaseNo()) : null,
                    pollution ? null : project.loanApproved(intake.getCaseNo()),
                    preferences == null ? null : preferences.names());
        }
    }

    record Project(Long projectId, String projectName, String parkName, String city, String cityName,
                   String projectType, String projectTypeName, BigDecimal totalInvestment, String readiness,
                   String readinessName, BigDecimal codReduction, BigDecimal ammoniaReduction, BigDecimal noxReduction,
                   BigDecimal vocsReduction, String description, String contactName, String contactPhone,
                   List<Intake> intakes, List<Opinion> opinions) {

        static Project of(LibraryProject project, List<ApprovalRecord> visibleOpinions) {
            ProjectData d = project.data();
            return new Project(project.getId(), d.projectName(), d.parkName(), d.city(), nameOfCity(d.city()),
                    d.projectType().name(), d.projectType().chineseName(), d.totalInvestment(), d.readiness().name(),
                    d.readiness().chineseName(), d.codReduction(), d.ammoniaReduction(), d.noxReduction(),
                    d.vocsReduction(), d.description(), d.contactName(), d.contactPhone(),
                    project.getIntakes().stream().map(i -> Intake.of(project, i)).toList(),
                    visibleOpinions.stream().map(r -> Opinion.of(project, r)).toList());
        }
    }

    record Intake(String library, String libraryName, String caseNo, String status, String statusName,
                  String priority, String priorityName, BigDecimal requestedAmount, Integer loanTermMonths,
                  String entryNote, String refusalReason, Instant submittedAt, Instant admittedAt, Instant closedAt,
                  List<Tranche> tranches, List<String> preferences, String preferenceNote, List<Bank> bankActions) {

        static Intake of(LibraryProject project, LibraryIntake i) {
            Preferences preferences = i.preferences();
            return new Intake(i.getLibrary().slug(), i.getLibrary().chineseName(), i.getCaseNo(), i.getStatus().name(),
                    i.getStatus().chineseName(), i.getPriority() == null ? null : i.getPriority().name(),
                    i.getPriority() == null ? null : i.getPriority().chineseName(), i.getRequestedAmount(),
                    i.getLoanTermMonths(), i.getEntryNote(), i.getRefusalReason(), i.getSubmittedAt(), i.getAdmittedAt(),
                    i.getClosedAt(),
                    project.tranchesOf(i.getCaseNo()).stream().map(t -> new Tranche(t.seq(), t.amount(), t.plannedOn())).toList(),
                    preferences == null ? List.of() : preferences.names(), preferences == null ? null : preferences.note(),
                    project.bankActionsOf(i.getCaseNo()).stream().map(Bank::of).toList());
        }
    }

    record Tranche(int seq, BigDecimal amount, LocalDate plannedOn) {
    }

    record Bank(String bank, String bankName, String action, String actionName, BigDecimal amount, BigDecimal ratePct,
                Integer termMonths, Integer extensionMonths, String measures, String reason, String recordedBy,
                Instant recordedAt) {

        static Bank of(BankAction a) {
            return new Bank(a.bank(), StaffGroup.displayName(a.bank()), a.outcome().name(), a.outcome().chineseName(),
                    a.amount(), a.ratePct(), a.termMonths(), a.extensionMonths(), a.measures(), a.reason(),
                    a.recordedBy(), a.recordedAt());
        }
    }

    record Opinion(String caseNo, String step, String stepName, String agency, String agencyName, String actor,
                   String outcome, String outcomeName, String basis, String comment, boolean sharedWithBanks,
                   Instant decidedAt) {

        static Opinion of(LibraryProject project, ApprovalRecord r) {
            return new Opinion(r.caseNo(), r.stepKey(), r.stepName(), r.agency(), StaffGroup.displayName(r.agency()),
                    r.actor(), r.outcome().name(), r.outcome().chineseName(), r.basis(), r.comment(),
                    project.sharedWithBanks(r.taskId()), r.decidedAt());
        }
    }

    private static String nameOfCity(String city) {
        return City.byCode(city).map(City::chineseName).orElse(city);
    }
}
