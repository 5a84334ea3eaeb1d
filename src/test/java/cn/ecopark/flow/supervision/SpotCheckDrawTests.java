package cn.ecopark.flow.supervision;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The spot-check draw: reproducible from what it records, ecology's share rounded up, never a park twice. */
class SpotCheckDrawTests {

    private static final List<Long> TEN = LongStream.rangeClosed(101, 110).boxed().toList();
    private static final BigDecimal SHARE = new BigDecimal("0.3");

    @Test
    void theSameBatchDrawsTheSameParksWhateverTheOrderOfTheCandidates() {
        SpotCheckDraw draw = SpotCheckDraw.draw(YearMonth.of(2028, 11), TEN, SHARE, Instant.EPOCH);
        SpotCheckDraw again = SpotCheckDraw.draw(YearMonth.of(2028, 11), LongStream.rangeClosed(101, 110).map(i -> 211 - i).boxed().toList(), SHARE, Instant.EPOCH);
        assertThat(again.getDrawnParkIds()).isEqualTo(draw.getDrawnParkIds());
        assertThat(draw.getCandidateParkIds()).isEqualTo(TEN);
        assertThat(SpotCheckDraw.sample(draw.getCandidateParkIds(), draw.getSpotCheckShare(), draw.getSeed()))
                .isEqualTo(draw.getDrawnParkIds());
    }

    @Test
    void theDrawIsPinnedSoThatRecordedDrawsStayReproducible() {
        // If this changes, the algorithm changed and the draws already recorded can no longer be redrawn. The values
        // were computed independently of this code (SHA-256, java.util.Random and Collections.shuffle re-implemented
        // from their specifications in a few lines of Python), which is how anyone outside can check a draw.
        assertThat(SpotCheckDraw.seedOf(YearMonth.of(2028, 11))).isEqualTo(-6266522855641262712L);
        assertThat(SpotCheckDraw.draw(YearMonth.of(2028, 11), TEN, SHARE, Instant.EPOCH).getDrawnParkIds())
                .isEqualTo(PINNED_2028_11);
    }

    @Test
    void eachBatchHasItsOwnSeed() {
        assertThat(SpotCheckDraw.seedOf(YearMonth.of(2028, 11))).isNotEqualTo(SpotCheckDraw.seedOf(YearMonth.of(2028, 12)))
                .isNotEqualTo(SpotCheckDraw.seedOf(YearMonth.of(2030, 11)));
    }

    @Test
    void theShareIsRoundedUpSoEveryBatchWithAnyShareIsChecked() {
        assertThat(SpotCheckDraw.sample(TEN, SHARE, 7L)).hasSize(3).doesNotHaveDuplicates().isSubsetOf(TEN).isSorted();
        assertThat(SpotCheckDraw.sample(TEN, new BigDecimal("0.25"), 7L)).hasSize(3);
        assertThat(SpotCheckDraw.sample(List.of(5L), SHARE, 7L)).containsExactly(5L);
        assertThat(SpotCheckDraw.sample(List.of(5L, 6L), SHARE, 7L)).hasSize(1);
        assertThat(SpotCheckDraw.sample(TEN, BigDecimal.ONE, 7L)).isEqualTo(TEN);
        assertThat(SpotCheckDraw.sample(TEN, BigDecimal.ZERO, 7L)).isEmpty();
    }

    @Test
    void aParkIsDrawnForTheMonthItsCycleFallsDueIn() {
        assertThat(SpotCheckSample.dueIn(LocalDate.of(2026, 11, 29), YearMonth.of(2028, 11))).isTrue();
        assertThat(SpotCheckSample.dueIn(LocalDate.of(2026, 11, 29), YearMonth.of(2030, 11))).isTrue();
        assertThat(SpotCheckSample.dueIn(LocalDate.of(2026, 11, 29), YearMonth.of(2029, 11))).isFalse();
        assertThat(SpotCheckSample.dueIn(LocalDate.of(2026, 11, 29), YearMonth.of(2028, 12))).isFalse();
        assertThat(SpotCheckSample.dueIn(LocalDate.of(2026, 11, 29), YearMonth.of(2026, 11))).isFalse();
        assertThat(SpotCheckSample.dueIn(LocalDate.of(2024, 2, 29), YearMonth.of(2026, 2))).isTrue();
    }

    private static final List<Long> PINNED_2028_11 = List.of(102L, 108L, 109L);
}
