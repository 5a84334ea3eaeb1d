package cn.ecopark.flow.park;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Park aggregate on its own (fast tier): its life, its names over time, its status as of a date. */
class ParkTests {

    private static final Instant AT = Instant.parse("2026-05-01T02:00:00Z");

    private static Park park() {
        return Park.register("91370100MA3C000001", "济南高新区生态工业园", "济南市", ParkType.COMPREHENSIVE, new BigDecimal("12.5"));
    }

    @Test
    void aParkIsApprovedToBuildThenNamedAndItsStatusIsReadAsOfADate() {
        Park park = park();
        park.approveToBuild(LocalDate.of(2026, 3, 1), "鲁环字〔2026〕1号", AT, "ecology-1", "CJ-2026-0001");
        park.startApplying(Instant.parse("2028-01-10T02:00:00Z"), "clerk", "MM-2028-0001");
        park.name(LocalDate.of(2028, 6, 1), Instant.parse("2028-06-01T02:00:00Z"), "ecology-1", "MM-2028-0001");

        assertThat(park.getStatus()).isEqualTo(ParkStatus.NAMED);
        assertThat(park.statusOn(LocalDate.of(2026, 2, 28))).isEqualTo(ParkStatus.NONE);
        assertThat(park.statusOn(LocalDate.of(2027, 1, 1))).isEqualTo(ParkStatus.APPROVED_TO_BUILD);
        assertThat(park.statusOn(LocalDate.of(2028, 3, 1))).isEqualTo(ParkStatus.APPLYING);
        assertThat(park.statusOn(LocalDate.of(2028, 6, 1))).isEqualTo(ParkStatus.NAMED);
        assertThat(park.getHistory()).extracting(ParkStatusChange::toStatus)
                .containsExactly(ParkStatus.APPROVED_TO_BUILD, ParkStatus.APPLYING, ParkStatus.NAMED);
    }

    @Test
    void aClosedApplicationReturnsTheParkToWhereItStood() {
        Park park = park();
        park.approveToBuild(LocalDate.of(2026, 3, 1), AT, "ecology-1", "CJ-2026-0001");
        park.startApplying(AT, "clerk", "MM-2028-0001");

        park.applicationClosed(AT, "ecology-1", "MM-2028-0001", "不予命名");

        assertThat(park.getStatus()).isEqualTo(ParkStatus.APPROVED_TO_BUILD);
    }

    @Test
    void aRenamedParkKeepsItsEarlierName() {
        Park park = park();
        park.rename("济南高新区绿色低碳园", LocalDate.of(2027, 1, 1), AT, "ecology-1", null, "更名");

        assertThat(park.nameOn(LocalDate.of(2026, 12, 31))).isEqualTo("济南高新区生态工业园");
        assertThat(park.nameOn(LocalDate.of(2027, 1, 1))).isEqualTo("济南高新区绿色低碳园");
        assertThat(park.getName()).isEqualTo("济南高新区绿色低碳园");
    }

    @Test
    void aParksCreditCodeNeverChanges() {
        Park park = park();
        park.identify("91370100MA3C000001");

        assertThatThrownBy(() -> park.identify("91370100MA3C000002")).isInstanceOf(IllegalStateException.class);
        assertThat(park.getCreditCode()).isEqualTo("91370100MA3C000001");
    }
}
