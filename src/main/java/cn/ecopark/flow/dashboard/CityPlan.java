package cn.ecopark.flow.dashboard;

import java.time.Instant;

/**
 * A city's creation plan (measure 6): how many of its parks it plans to have named by the end of 2025, and
 * how many industrial parks it has (the base of measure 5's 50 % target). {@code demo} marks a seeded
 * placeholder that no administrator has confirmed yet.
 */
public record CityPlan(String city, int plannedParks2025, int industrialParks, boolean demo, String updatedBy,
                       Instant updatedAt) {
}
