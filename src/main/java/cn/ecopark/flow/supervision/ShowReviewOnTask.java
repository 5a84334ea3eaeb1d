package cn.ecopark.flow.supervision;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.approval.ApprovalRecordRepository;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkRepository;
import cn.ecopark.flow.indexsystem.IndexCatalogues;
import cn.ecopark.flow.indexsystem.IndexData;
import cn.ecopark.flow.indexsystem.IndexEvaluation;
import cn.ecopark.flow.indexsystem.IndicatorValues;
import cn.ecopark.flow.formcontract.FormContract;
import cn.ecopark.flow.formcontract.TaskDisplay;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the forms of a re-inspection's tasks show (the due-process steps aside: {@link ShowDueProcessOnTask}), computed
 * when a form is read (see {@link TaskDisplay}): the review, the data the park reported (prefilling the rectification
 * report), the catalogue's judgement, the verdict, the deadline and the agencies' spot-check opinions. The process
 * keeps only ids.
 */
@Component("showReviewOnTask")
class ShowReviewOnTask implements TaskDisplay {

    private final Reviews reviews;
    private final ParkRepository parks;
    private final ApprovalRecordRepository records;
    private final SanctionProcedures procedures;
    private final SupervisionProperties settings;
    private final IndexCatalogues catalogues;

    ShowReviewOnTask(Reviews reviews, ParkRepository parks, ApprovalRecordRepository records, SanctionProcedures procedures,
                     SupervisionProperties settings, IndexCatalogues catalogues) {
        this.catalogues = catalogues;
        this.reviews = reviews;
        this.parks = parks;
        this.records = records;
        this.procedures = procedures;
        this.settings = settings;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(Supervision.REVIEW_PROCESS);
    }

    @Override
    public Map<String, Object> of(DelegateTask task, FormContract form) {
        if (ShowDueProcessOnTask.STEPS.contains(task.getTaskDefinitionKey())) {
            return Map.of();
        }
        Review review = reviews.of(task);
        Park park = parks.findById(review.getParkId()).orElseThrow();
        Map<String, Object> view = new HashMap<>();
        view.put("reviewNo", review.getReviewNo());
        view.put("parkName", park.getName());
        view.put("cycleName", "第" + review.getCycleNo() + "次复查（命名满" + review.getCycleNo() * 2 + "年）");
        view.put("namedOnText", review.getNamedOn().toString());
        view.put("dueOnText", review.getDueOn().toString());
        view.put("roundName", review.isRecheck() ? "整改后复查（三部门现场核查）"
                : review.isSpotChecked() ? "首次复查（本批次抽中现场抽查）" : "首次复查（未抽中，以自查为准）");
        IndicatorValues figures = review.figures();
        if (figures != null) {
            view.putAll(reported(review));
            view.put("planningEiaStatusName", figures.planningEiaStatus().chineseName());
            view.put("selfCheckReport", review.getSelfCheckReport());
            view.put("selfCheckAttachmentNames", review.getAttachmentNames());
        }
        if (review.getIndexCatalogueVersion() != null) {
            view.put("indexCatalogueVersion", review.getIndexCatalogueVersion());
            view.put("indicatorsMetName", review.indexSummary());
            view.put("evaluationSummary", itemLines(review));
        }
        view.put("verdictReason", review.getVerdictReason());
        view.put("rectificationDeadlineText", review.getRectificationDeadline() == null ? null
                : "%s（整改期限 %s，来源：%s）".formatted(text(review.getRectificationDeadline()),
                settings.rectificationPeriod(), settings.rectificationPeriodSource()));
        if (task.getTaskDefinitionKey().equals("submitSelfCheck")) {
            view.put("selfCheckPeriodText", "%d 个工作日（来源：%s）；逾期未提交的，省生态环境厅将书面告知并听取陈述申辩后责令限期整改"
                    .formatted(settings.selfCheckWorkingDays(), settings.selfCheckPeriodSource()));
        }
        if (review.isSpotChecked() && !review.isRecheck()) {
            view.put("spotCheckShareText", "本批次按 %s 的比例抽查（来源：%s）".formatted(settings.spotCheckShare().toPlainString(),
                    settings.spotCheckShareSource()));
        }
        procedures.latest(task.getProcessInstanceId()).ifPresent(p -> view.put("procedureSummary", p.summary()));
        view.put("rectificationReport", review.getRectificationReport());
        view.put("rectificationAttachmentNames", review.getRectificationAttachmentNames());
        view.put("rectificationStatusText", review.isRectificationOverdue() ? "整改期满，园区逾期未提交整改报告"
                : review.getRectificationReportedAt() != null ? "已于 " + text(review.getRectificationReportedAt()) + " 提交整改报告" : null);
        if (form.reads("opinionsSummary")) {
            view.put("opinionsSummary", Opinions.latest(records.findByProcessInstanceIdOrderByDecidedAtAscIdAsc(
                    task.getProcessInstanceId()), DecideReviewVerdict.SPOT_CHECK_STEPS));
        }
        // Only what there is: a form hides the parts (the rectification) whose values are absent.
        view.values().removeIf(Objects::isNull);
        return view;
    }

    /** The figures and index data the park reported last (its rectification report's prefill); none before its self-check. */
    static Map<String, Object> reported(Review review) {
        Map<String, Object> fields = new HashMap<>();
        IndicatorValues figures = review.figures();
        if (figures != null) {
            fields.putAll(figures.fields());
            fields.putAll(IndexData.fieldsOf(review.getIndexValues()));
        }
        return fields;
    }

    /** Each catalogue item as the version that judged saw it: value, requirement (with 待确认 marks), outcome. */
    private String itemLines(Review review) {
        return catalogues.version(review.getIndexCatalogueVersion()).map(catalogue -> IndexEvaluation.evaluate(catalogue,
                        IndexData.parse(review.getIndexValues())).items().stream()
                .map(i -> "%s：%s（要求：%s）%s".formatted(i.name(), shown(i.value()), i.requirement(), i.outcome().chineseName()))
                .collect(Collectors.joining("\n"))).orElse(null);
    }

    private static String shown(Object value) {
        return value == null ? "未填报" : Boolean.TRUE.equals(value) ? "具备" : Boolean.FALSE.equals(value) ? "不具备" : value.toString();
    }

    private static String text(Instant instant) {
        return instant == null ? null : AppClock.DATE_TIME.format(instant);
    }
}
