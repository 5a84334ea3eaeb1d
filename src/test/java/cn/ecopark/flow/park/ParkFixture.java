package cn.ecopark.flow.park;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Tests in other modules set up a park's past here: the aggregate's mutators are package-private (the app changes
 * a park only through {@link ParkLifecycle}), but a test needs a park named in 2022 without running 2022's cases.
 */
public final class ParkFixture {

    private ParkFixture() {
    }

    public static Park register(String name, String city, ParkType parkType, BigDecimal areaKm2) {
        return Park.register(name, city, parkType, areaKm2);
    }

    public static Park register(String creditCode, String name, String city, ParkType parkType, BigDecimal areaKm2) {
        return Park.register(creditCode, name, city, parkType, areaKm2);
    }

    public static void approveToBuild(Park park, LocalDate on, Instant at, String by, String caseNo) {
        park.approveToBuild(on, at, by, caseNo);
    }

    public static void approveToBuild(Park park, LocalDate on, String documentNo, Instant at, String by, String caseNo) {
        park.approveToBuild(on, documentNo, at, by, caseNo);
    }

    public static void name(Park park, LocalDate on, Instant at, String by, String caseNo) {
        park.name(on, at, by, caseNo);
    }

    public static void revoke(Park park, LocalDate on, Instant at, String by, String caseNo, String reason) {
        park.revoke(on, at, by, caseNo, reason);
    }

    public static void strikeOff(Park park, LocalDate on, Instant at, String by, String caseNo, String reason) {
        park.strikeOff(on, at, by, caseNo, reason);
    }
}
