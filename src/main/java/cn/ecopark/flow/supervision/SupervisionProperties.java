package cn.ecopark.flow.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.time.Period;

/**
 * Settings of the supervision workflows.
 *
 * @param spotCheckShare      share of each review batch that ecology spot checks on site (0 to 1; at least one park
 *                            of a batch is drawn whenever the share is above 0)
 * @param rectificationPeriod how long a park that failed its re-inspection has to rectify, in calendar months:
 *                            rectification means building or repairing facilities, which no count of working days fits
 * @param statementWorkingDays the park's statement period (陈述申辩) after a written notice, in working days
 * @param selfCheckWorkingDays how long a park has to file its re-inspection self-check, in working days
 * <p>None of these figures is set by the notice or a confirmed law: each has a {@code *-source} setting that users see
 * where the figure decides, 待确认 until an administrator records the document it comes from.
 */
@ConfigurationProperties(prefix = "ecopark.supervision")
record SupervisionProperties(@DefaultValue("0.3") BigDecimal spotCheckShare,
                             @DefaultValue("P6M") Period rectificationPeriod,
                             @DefaultValue(UNCONFIRMED) String spotCheckShareSource,
                             @DefaultValue(UNCONFIRMED) String rectificationPeriodSource,
                             @DefaultValue("5") int statementWorkingDays,
                             @DefaultValue(UNCONFIRMED) String statementPeriodSource,
                             @DefaultValue("20") int selfCheckWorkingDays,
                             @DefaultValue(UNCONFIRMED) String selfCheckPeriodSource) {

    /** What users see beside a figure no notice or confirmed law sets, until an administrator records its source. */
    static final String UNCONFIRMED = "待确认：管理员设置，尚未记录来源文件";

    SupervisionProperties {
        if (spotCheckShare.signum() < 0 || spotCheckShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("ecopark.supervision.spot-check-share must be between 0 and 1, not " + spotCheckShare);
        }
        if (rectificationPeriod.isNegative() || rectificationPeriod.isZero()) {
            throw new IllegalArgumentException("ecopark.supervision.rectification-period must be positive, not " + rectificationPeriod);
        }
        if (statementWorkingDays < 1 || selfCheckWorkingDays < 1) {
            throw new IllegalArgumentException("ecopark.supervision.statement-working-days and self-check-working-days must be at least 1");
        }
    }
}
