package cn.ecopark.flow.park;

import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.support.CreditCodes;
import cn.ecopark.flow.support.EcoparkSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one door: each change of {@link ParkLifecycle} is saved and published as the park's event. */
@EcoparkSpringTest
@RecordApplicationEvents
class ParkLifecycleTests {

    private static final Instant AT = Instant.parse("2026-05-01T02:00:00Z");

    @Autowired
    ParkLifecycle lifecycle;
    @Autowired
    ParkRepository parks;
    @Autowired
    ApplicationEvents events;

    private Park newPark() {
        return lifecycle.register(CreditCodes.next(), "一门园区" + System.nanoTime(), "weihai", ParkType.COMPREHENSIVE,
                new BigDecimal("12.00"));
    }

    private Park stored(Park park) {
        return parks.findById(park.getId()).orElseThrow();
    }

    @Test
    void aParkIsRegisteredRenamedAppliesIsApprovedNamedAndRevokedEachWithItsEvent() {
        Park park = newPark();
        assertThat(events.stream(ParkRegistered.class)).containsExactly(
                new ParkRegistered(park.getId(), park.getCreditCode(), park.getName(), "weihai"));

        lifecycle.approveToBuild(park.getId(), LocalDate.of(2026, 3, 1), "鲁环函〔2026〕1号", AT, "ecology-1", "CJ-1");
        assertThat(stored(park).getStatus()).isEqualTo(ParkStatus.APPROVED_TO_BUILD);
        assertThat(stored(park).getApprovedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(events.stream(ParkApprovedToBuild.class)).containsExactly(
                new ParkApprovedToBuild(park.getId(), LocalDate.of(2026, 3, 1), "鲁环函〔2026〕1号", "CJ-1"));

        String newName = park.getName() + "（新）";
        lifecycle.startApplying(park.getId(), newName, LocalDate.of(2028, 1, 10), AT, "clerk", "MM-1");
        assertThat(stored(park).getStatus()).isEqualTo(ParkStatus.APPLYING);
        assertThat(stored(park).getName()).isEqualTo(newName);
        assertThat(events.stream(ParkRenamed.class)).containsExactly(
                new ParkRenamed(park.getId(), park.getName(), newName, LocalDate.of(2028, 1, 10), "MM-1"));
        assertThat(events.stream(ParkApplying.class)).containsExactly(new ParkApplying(park.getId(), "MM-1"));

        lifecycle.name(park.getId(), LocalDate.of(2028, 6, 1), AT, "system", "MM-1", "applicant-1");
        assertThat(stored(park).getStatus()).isEqualTo(ParkStatus.NAMED);
        assertThat(events.stream(ParkNamed.class)).containsExactly(
                new ParkNamed(park.getId(), LocalDate.of(2028, 6, 1), "MM-1", "applicant-1"));

        lifecycle.revoke(park.getId(), LocalDate.of(2030, 6, 1), AT, "ecology-1", "WFCL-1", "复查不合格");
        assertThat(stored(park).getStatus()).isEqualTo(ParkStatus.REVOKED);
        assertThat(stored(park).getRevokedOn()).isEqualTo(LocalDate.of(2030, 6, 1));
        assertThat(events.stream(ParkRevoked.class)).containsExactly(
                new ParkRevoked(park.getId(), LocalDate.of(2030, 6, 1), "WFCL-1", "复查不合格"));
    }

    @Test
    void aClosedApplicationAStrikeOffAndACorrectedProfileArePublished() {
        Park park = newPark();
        lifecycle.approveToBuild(park.getId(), LocalDate.of(2026, 3, 1), null, AT, "ecology-1", "CJ-2");
        lifecycle.startApplying(park.getId(), park.getName(), LocalDate.of(2027, 1, 1), AT, "clerk", "MM-2");
        assertThat(events.stream(ParkRenamed.class)).as("the same name is no rename").isEmpty();

        lifecycle.closeApplication(park.getId(), AT, "system", "MM-2", "创建申请不予通过");
        assertThat(stored(park).getStatus()).isEqualTo(ParkStatus.APPROVED_TO_BUILD);
        assertThat(events.stream(ParkApplicationClosed.class)).containsExactly(
                new ParkApplicationClosed(park.getId(), "MM-2", "创建申请不予通过"));

        lifecycle.correctProfile(park.getId(), ParkType.VENOUS, new BigDecimal("7.50"), "MM-2");
        assertThat(stored(park).getParkType()).isEqualTo(ParkType.VENOUS);
        assertThat(stored(park).getAreaKm2()).isEqualByComparingTo("7.50");
        assertThat(events.stream(ParkProfileCorrected.class)).containsExactly(new ParkProfileCorrected(park.getId(), "MM-2"));

        lifecycle.strikeOff(park.getId(), LocalDate.of(2027, 5, 1), AT, "ecology-1", "WFCL-2", "严重违法");
        assertThat(stored(park).getStatus()).isEqualTo(ParkStatus.STRUCK_OFF);
        assertThat(stored(park).getStruckOffOn()).isEqualTo(LocalDate.of(2027, 5, 1));
        assertThat(events.stream(ParkStruckOff.class)).containsExactly(
                new ParkStruckOff(park.getId(), LocalDate.of(2027, 5, 1), "WFCL-2", "严重违法"));
    }

    @Test
    void aCodeIsRecordedOnceAndACodeHeldByAnotherParkIsRefusedWithoutEffect() {
        Park other = newPark();
        Park park = parks.save(Park.register("旧园区" + System.nanoTime(), "weihai", ParkType.SECTORAL, new BigDecimal("3.00")));

        assertThatThrownBy(() -> lifecycle.identify(park.getId(), other.getCreditCode()))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("creditCode：");
        assertThat(stored(park).getCreditCode()).isNull();
        assertThat(events.stream(ParkIdentified.class)).isEmpty();

        String code = CreditCodes.next();
        lifecycle.identify(park.getId(), code);
        assertThat(stored(park).getCreditCode()).isEqualTo(code);
        assertThat(events.stream(ParkIdentified.class)).containsExactly(new ParkIdentified(park.getId(), code));
    }
}
