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
 */
@ConfigurationProperties(prefix = "ecopark.supervision")
record SupervisionProperties(@DefaultValue("0.3") BigDecimal spotCheckShare,
                             @DefaultValue("P6M") Period rectificationPeriod) {

    SupervisionProperties {
        if (spotCheckShare.signum() < 0 || spotCheckShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("ecopark.supervision.spot-check-share must be between 0 and 1, not " + spotCheckShare);
        }
        if (rectificationPeriod.isNegative() || rectificationPeriod.isZero()) {
            throw new IllegalArgumentException("ecopark.supervision.rectification-period must be positive, not " + rectificationPeriod);
        }
    }
}
