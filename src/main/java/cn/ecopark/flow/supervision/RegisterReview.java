package cn.ecopark.flow.supervision;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.calendar.WorkingDayCalendar;
import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.casenumber.CaseNumbers;
import cn.ecopark.flow.engine.CaseVariables;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkRepository;
import cn.ecopark.flow.supervision.contact.ParkContacts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/**
 * First step of a re-inspection: gives it its number (FCJC-yyyy-nnnn, also the business key), looks up whether
 * the park is in its batch's spot-check sample and who answers for the park, and stores the review. The
 * unique cycle per park in the review table is what makes a cycle start only once.
 */
@Component("registerReview")
class RegisterReview implements JavaDelegate {

    private static final List<String> START_VARIABLES = List.of(SupervisionVariables.NAMED_ON, SupervisionVariables.CYCLE_NO,
            SupervisionVariables.DUE_ON);

    private final ParkRepository parks;
    private final ReviewRepository reviews;
    private final CaseNumbers caseNumbers;
    private final SpotCheckSample sample;
    private final ParkContacts contacts;
    private final WorkingDayCalendar calendar;
    private final SupervisionProperties settings;

    RegisterReview(ParkRepository parks, ReviewRepository reviews, CaseNumbers caseNumbers, SpotCheckSample sample,
                   ParkContacts contacts, WorkingDayCalendar calendar, SupervisionProperties settings) {
        this.parks = parks;
        this.reviews = reviews;
        this.caseNumbers = caseNumbers;
        this.sample = sample;
        this.contacts = contacts;
        this.calendar = calendar;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long parkId = SupervisionVariables.requiredParkId(execution);
        LocalDate namedOn = SupervisionVariables.namedOn(execution);
        int cycleNo = SupervisionVariables.cycleNo(execution);
        LocalDate dueOn = SupervisionVariables.dueOn(execution);
        Park park = parks.findById(parkId).orElseThrow();
        Instant now = AppClock.now();

        String reviewNo = caseNumbers.next(Supervision.REVIEW_PREFIX, Year.from(now.atZone(AppClock.ZONE)));
        execution.setProcessBusinessKey(reviewNo);
        String contact = contacts.of(parkId).orElse(null);
        Review review = reviews.save(Review.open(reviewNo, parkId, namedOn, cycleNo, dueOn, sample.drew(parkId, dueOn),
                execution.getProcessInstanceId(), contact, now));

        execution.removeVariables(START_VARIABLES);
        City city = City.byCode(park.getCity()).orElseThrow();
        execution.setVariable(SupervisionVariables.REVIEW_ID, review.getId());
        CaseVariables.identify(execution, reviewNo, "%s（第%d次复查）".formatted(park.getName(), cycleNo),
                city.chineseName(), city.groupId());
        execution.setVariable(SupervisionVariables.PARK_CONTACT, contact);
        // The self-check has a deadline (working days, an admin setting) and a timer: a missed one leads to the notice.
        SupervisionVariables.setDeadline(execution, SupervisionVariables.SELF_CHECK_DEADLINE, WorkingDayCalendar.endOfDay(
                calendar.addWorkingDays(AppClock.today(), settings.selfCheckWorkingDays()).value()));
    }
}
