package cn.ecopark.flow.supervision;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkFixture;
import cn.ecopark.flow.park.ParkNamed;
import cn.ecopark.flow.park.ParkRepository;
import cn.ecopark.flow.park.ParkType;
import cn.ecopark.flow.parkapplication.ParkApplicationDriver;
import cn.ecopark.flow.support.Actors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sets up parks and drives the supervision workflows the way the system and the clerks do: the daily timer of
 * biennial-review run by hand with the engine clock moved, tasks completed as the real users.
 */
@Component
public class SupervisionDriver {

    /**
     * Test parks are named three years ahead: an odd distance to this year, so a re-inspection batch (one month)
     * never holds a park named in real time by another test class and each test knows its batch. Not further:
     * MySQL's TIMESTAMP columns end on 2038-01-19, and the tests run up to six years past this date.
     */
    static final int BASE_YEAR = Year.now().getValue() + 3;

    private static final AtomicInteger PARKS = new AtomicInteger();

    private final ParkRepository parks;
    private final ApplicationEventPublisher events;
    private final ManagementService managementService;
    private final RuntimeService runtimeService;
    private final ReviewRepository reviews;
    private final ViolationReports reports;
    private final ViolationRepository violations;
    private final ParkApplicationDriver tasks;
    private final Actors actors;
    private final SpotCheckSample sample;

    SupervisionDriver(ParkRepository parks, ApplicationEventPublisher events, ManagementService managementService,
                      RuntimeService runtimeService, ReviewRepository reviews, ViolationReports reports,
                      ViolationRepository violations, ParkApplicationDriver tasks, Actors actors, SpotCheckSample sample) {
        this.violations = violations;
        this.sample = sample;
        this.parks = parks;
        this.events = events;
        this.managementService = managementService;
        this.runtimeService = runtimeService;
        this.reviews = reviews;
        this.reports = reports;
        this.tasks = tasks;
        this.actors = actors;
    }

    static LocalDate named(int month, int day) {
        return LocalDate.of(BASE_YEAR, month, day);
    }

    static Instant at(LocalDate date, int hour) {
        return date.atTime(LocalTime.of(hour, 0)).atZone(AppClock.ZONE).toInstant();
    }

    /** Moves the engine clock to the date, 09:00 in Shandong. */
    static void clockAt(LocalDate date) {
        clockAt(at(date, 9));
    }

    static void clockAt(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    static String newParkName() {
        return "威海环翠生态工业园" + PARKS.incrementAndGet() + "号园区";
    }

    /** A park named on that day through the naming workflow's event, with park-applicant answering for it. */
    public Park namedPark(LocalDate namedOn) {
        return namedPark(namedOn, "park-applicant");
    }

    /** A named park; a null contact is a park whose applicant the system never learnt. */
    public Park namedPark(LocalDate namedOn, String contact) {
        Park park = ParkFixture.register(newParkName(), "weihai", ParkType.COMPREHENSIVE, new BigDecimal("25.00"));
        String caseNo = "STGY-" + namedOn.getYear() + "-9" + PARKS.get();
        ParkFixture.name(park, namedOn, at(namedOn, 10), "system", caseNo);
        park = parks.save(park);
        if (contact != null) {
            events.publishEvent(new ParkNamed(park.getId(), namedOn, caseNo, contact));
        }
        return park;
    }

    Park approvedPark(String name, LocalDate approvedOn) {
        return approvedPark(null, name, approvedOn);
    }

    /** A park approved to build, registered under its credit code (null: known by name only, as before V24). */
    Park approvedPark(String creditCode, String name, LocalDate approvedOn) {
        Park park = creditCode == null ? ParkFixture.register(name, "weihai", ParkType.SECTORAL, new BigDecimal("12.00"))
                : ParkFixture.register(creditCode, name, "weihai", ParkType.SECTORAL, new BigDecimal("12.00"));
        ParkFixture.approveToBuild(park, approvedOn, at(approvedOn, 10), "ecology-clerk", "PZJS-" + approvedOn.getYear() + "-0001");
        return parks.save(park);
    }

    Park reload(Park park) {
        return park(park.getId());
    }

    Park park(Long id) {
        return parks.findById(id).orElseThrow();
    }

    /** The daily timer start job of the latest biennial-review, as the job executor would find it. */
    Job dailyCheckJob() {
        List<Job> jobs = managementService.createJobQuery().processDefinitionKey(Supervision.REVIEW_PROCESS).timers().list()
                .stream().filter(j -> j.getProcessInstanceId() == null).toList();
        assertThat(jobs).as("one daily timer for biennial-review").hasSize(1);
        return jobs.get(0);
    }

    /** Runs the daily check now, whenever its timer is due, then each park's review start (one job per park). */
    void runDailyCheck() {
        managementService.executeJob(dailyCheckJob().getId());
        startQueuedReviews();
    }

    /**
     * Starts the first re-inspection of this park alone, as the daily check does for each due park (its batch's
     * draw, the message start, the park's own job), without touching other tests' parks; it waits at the self-check.
     */
    public ProcessInstance startFirstReview(Park park, LocalDate namedOn) {
        LocalDate dueOn = Review.dueOn(namedOn, 1);
        sample.of(Review.batchOf(dueOn));
        ProcessInstance instance = runtimeService.startProcessInstanceByMessage(Supervision.REVIEW_DUE_MESSAGE,
                SupervisionVariables.reviewDue(park.getId(), namedOn, 1, dueOn));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId()).singleResult().getId());
        return instance;
    }

    /** Each review the daily check started waits in its own job (one per park); run them as the job executor would. */
    void startQueuedReviews() {
        for (Job start : managementService.createJobQuery().processDefinitionKey(Supervision.REVIEW_PROCESS).activityId("reviewDue").list()) {
            managementService.executeJob(start.getId());
        }
    }

    List<Review> reviewsOf(Park park) {
        return reviews.findByParkIdOrderByIdAsc(park.getId());
    }

    Review latestReview(Park park) {
        List<Review> all = reviewsOf(park);
        assertThat(all).as("reviews of park " + park.getId()).isNotEmpty();
        return all.get(all.size() - 1);
    }

    Review reload(Review review) {
        return reviews.findById(review.getId()).orElseThrow();
    }

    ProcessInstance instanceOf(Review review) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(review.getProcessInstanceId())
                .singleResult();
        assertThat(instance).as("running review " + review.getReviewNo()).isNotNull();
        return instance;
    }

    /** The four notice figures and catalogue data that meet every basic condition, 必选 item and group (as the acceptance's). */
    static Map<String, Object> figures(double carbonPct, boolean threeLines, int islands, String eia) {
        Map<String, Object> form = new HashMap<>(ParkApplicationDriver.passingIndex());
        form.put("carbonIntensityReductionPct", carbonPct);
        form.put("threeLinesCompliant", threeLines);
        form.put("greenIslandFacilities", islands);
        form.put("planningEiaStatus", eia);
        return form;
    }

    static Map<String, Object> goodFigures() {
        return figures(22.5, true, 3, "DONE_APPROVED");
    }

    /** Good figures but one 必选 indicator failed: 清洁生产审核实施率 60 % (item 5 asks 100 %). */
    static Map<String, Object> failingMandatory() {
        Map<String, Object> form = goodFigures();
        form.put("cleanerProductionAudit", 60);
        return form;
    }

    void selfCheck(String userId, ProcessInstance instance, Map<String, Object> figures) {
        Map<String, Object> form = new HashMap<>(figures);
        form.put("decision", "SUBMITTED");
        form.put("selfCheckReport", "两年来园区碳排放强度持续下降，新建绿岛共享设施，规划环评审查意见已落实。");
        form.put("attachmentNames", "复查自查报告.pdf\n指标佐证材料.pdf");
        tasks.complete(userId, instance, "submitSelfCheck", form);
    }

    void selfCheck(ProcessInstance instance, Map<String, Object> figures) {
        selfCheck("park-applicant", instance, figures);
    }

    void rectificationReport(ProcessInstance instance, Map<String, Object> figures) {
        Map<String, Object> form = new HashMap<>(figures);
        form.put("decision", "SUBMITTED");
        form.put("rectificationReport", "已完成园区规划环评并通过审查，污水集中处理设施提标改造完成。");
        form.put("attachmentNames", "整改报告.pdf\n规划环评审查意见.pdf");
        tasks.complete("park-applicant", instance, "submitRectificationReport", form);
    }

    void spotCheck(ProcessInstance instance, String ecology, String science, String commerce) {
        tasks.opinion("ecology-clerk", instance, "ecologySpotCheck", ecology, basis(ecology, "园区污水处理厂在线监测数据"), null);
        tasks.opinion("science-clerk", instance, "scienceSpotCheck", science, basis(science, "绿色技术服务平台运行情况"), null);
        tasks.opinion("commerce-clerk", instance, "commerceSpotCheck", commerce, basis(commerce, "入园企业产业结构"), null);
    }

    private static String basis(String decision, String what) {
        return "AGREE".equals(decision) ? "现场核查" + what + "，与自查报告一致" : "现场核查" + what + "，与自查报告不符";
    }

    /** Ecology issues the written notice (事先告知) with its grounds. */
    void notice(ProcessInstance instance) {
        tasks.complete("ecology-clerk", instance, "issuePriorNotice", Map.of("decision", "NOTIFIED",
                "grounds", "经查，园区存在所报告事实，依据鲁环发〔2021〕7号拟作出处理。"));
    }

    /** The park answers the notice: SUBMITTED (with a statement), HEARING_REQUESTED or WAIVED. */
    void statement(String userId, ProcessInstance instance, String decision, String statement) {
        Map<String, Object> form = new HashMap<>();
        form.put("decision", decision);
        form.put("statement", statement);
        tasks.complete(userId, instance, "submitStatement", form);
    }

    void hearing(ProcessInstance instance, String record) {
        tasks.complete("ecology-clerk", instance, "recordHearing", Map.of("decision", "RECORDED", "hearingRecord", record));
    }

    /** Notice, then the park states its case: the due process every sanction passes through. */
    void dueProcess(ProcessInstance instance) {
        dueProcess("park-applicant", instance);
    }

    /** As {@link #dueProcess(ProcessInstance)}, the park's statement filed by the given account. */
    public void dueProcess(String parkUser, ProcessInstance instance) {
        notice(instance);
        statement(parkUser, instance, "SUBMITTED", "园区已督促企业整改，请求从轻处理。");
    }

    /** Fires the timer at the end of the statement period. */
    void lapseStatement(ProcessInstance instance) {
        org.camunda.bpm.engine.runtime.Job job = managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId("statementPeriodEnded").singleResult();
        assertThat(job).as("statement period timer").isNotNull();
        managementService.executeJob(job.getId());
    }

    public static Map<String, Object> report(String kind, String reference, LocalDate occurredOn) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("kind", kind);
        fields.put("caseReference", reference);
        fields.put("occurredOn", occurredOn.toString());
        fields.put("description", "园区内企业通过暗管偷排未经处理的含重金属废水，造成下游河段水质超标。");
        return fields;
    }

    public Violation reportViolation(Park park, Map<String, Object> fields) {
        return actors.as("ecology-clerk", () -> reportAsCurrentUser(park, fields));
    }

    Violation reportAsCurrentUser(Park park, Map<String, Object> fields) {
        return violations.findByCaseNo(reports.report(park.getId(), fields).caseNo()).orElseThrow();
    }

    /** Ecology reports a violation of the park; the case it starts. */
    public ProcessInstance violationCase(Park park, Map<String, Object> fields) {
        return instanceOf(reportViolation(park, fields));
    }

    public ProcessInstance instanceOf(Violation violation) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(violation.getProcessInstanceId()).singleResult();
    }
}
