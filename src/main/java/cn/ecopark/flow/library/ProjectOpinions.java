package cn.ecopark.flow.library;

import cn.ecopark.flow.agency.Agency;
import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.approval.ApprovalRecord;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.calendar.AppClock;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The opinions given on a project's cases (both libraries), as a reader may see them. The environmental and
 * economic agencies, managers and administrators read them all. finsup and the banks read their own side's
 * opinions and those the other agencies marked for sharing; everything else stays internal.
 */
@Component
public class ProjectOpinions {

    /** Local financial supervision and the three banks: they see financing data, not internal opinions. */
    public static final Set<String> FINANCIAL_SIDE = Set.of(Agency.FINSUP.groupId(), Agency.PBOC.groupId(),
            Agency.CBIRC.groupId(), Agency.CDB.groupId());
    /** Whose reads of financing data are audited. */
    static final Set<String> BANKS = Set.of(Agency.PBOC.groupId(), Agency.CBIRC.groupId(), Agency.CDB.groupId());
    private static final Set<String> READ_ALL = Set.of(Agency.ECOLOGY.groupId(), Agency.REFORM.groupId(),
            Agency.FINANCE.groupId(), StaffGroup.MANAGERS, StaffGroup.ADMINS);
    private static final DateTimeFormatter DATE_TIME = AppClock.DATE_TIME;

    private final ApprovalRecordRepository records;

    ProjectOpinions(ApprovalRecordRepository records) {
        this.records = records;
    }

    static boolean readsInternalOpinions(Collection<String> groups) {
        return groups.stream().anyMatch(READ_ALL::contains);
    }

    static boolean isBank(Collection<String> groups) {
        return groups.stream().anyMatch(BANKS::contains);
    }

    /** finsup and the banks: whoever reads financing data outside the environmental agencies, so every read is audited. */
    public static boolean isFinancialSide(Collection<String> groups) {
        return groups.stream().anyMatch(FINANCIAL_SIDE::contains);
    }

    public List<ApprovalRecord> visibleTo(LibraryProject project, Collection<String> readerGroups) {
        boolean all = readsInternalOpinions(readerGroups);
        return project.getIntakes().stream()
                .flatMap(i -> records.findByProcessInstanceIdOrderByDecidedAtAscIdAsc(i.getProcessInstanceId()).stream())
                .filter(r -> all || FINANCIAL_SIDE.contains(r.agency()) || project.sharedWithBanks(r.taskId()))
                .sorted(Comparator.comparing(ApprovalRecord::decidedAt).thenComparing(ApprovalRecord::id))
                .toList();
    }

    /** One line per opinion, oldest first, for a task form. */
    String summary(LibraryProject project, Collection<String> readerGroups) {
        return visibleTo(project, readerGroups).stream()
                .map(r -> "%s【%s】%s（%s，%s）：%s。%s".formatted(r.caseNo(), r.stepName(), StaffGroup.displayName(r.agency()),
                        r.actor(), DATE_TIME.format(r.decidedAt()), r.outcome().chineseName(), text(r)))
                .collect(Collectors.joining("\n"));
    }

    private static String text(ApprovalRecord record) {
        StringBuilder text = new StringBuilder();
        if (record.basis() != null) {
            text.append("依据：").append(record.basis()).append(' ');
        }
        if (record.comment() != null) {
            text.append("意见：").append(record.comment());
        }
        return text.toString().strip();
    }
}
