package cn.ecopark.flow.parkapplication;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of the park-application workflow. The notice sets no 公示 length: the period is an admin setting whose
 * source users see beside it (待确认 until an administrator records the document).
 */
@ConfigurationProperties(prefix = "ecopark.park-application")
record ParkApplicationProperties(@DefaultValue("P7D") Duration publicNoticePeriod,
                                 @DefaultValue("待确认：管理员设置，尚未记录来源文件") String publicNoticePeriodSource) {
}
