package cn.ecopark.flow.parkcreation;

import java.time.Instant;

/** One yearly progress report of the construction period (the n-th year after 批准建设). */
public record ProgressReport(int yearNo, String summary, String submittedBy, Instant submittedAt) {
}
