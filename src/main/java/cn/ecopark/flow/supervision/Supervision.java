package cn.ecopark.flow.supervision;


import cn.ecopark.flow.calendar.AppClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The two workflows' keys and case number prefixes, and the engine's clock as the province reads it. */
final class Supervision {

    static final String REVIEW_PROCESS = "biennial-review";
    /** Starts one park's re-inspection (biennial-review has a second start: its daily timer). */
    static final String REVIEW_DUE_MESSAGE = "BiennialReviewDue";
    /** 复查: FCJC-2028-0001. */
    static final String REVIEW_PREFIX = "FCJC";
    /** 违法处理: WFCL-2028-0001. */
    static final String VIOLATION_PREFIX = "WFCL";
    static final ZoneId SHANGHAI = AppClock.ZONE;
    static final DateTimeFormatter DATE_TIME = AppClock.DATE_TIME;

    private Supervision() {
    }

    static Instant now() {
        return AppClock.now();
    }

    static LocalDate today() {
        return now().atZone(SHANGHAI).toLocalDate();
    }
}
