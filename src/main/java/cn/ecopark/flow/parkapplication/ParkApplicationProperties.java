package cn.ecopark.flow.parkapplication;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/** Settings of the park-application workflow. */
@ConfigurationProperties(prefix = "ecopark.park-application")
record ParkApplicationProperties(@DefaultValue("P7D") Duration publicNoticePeriod) {
}
