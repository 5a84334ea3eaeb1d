package cn.ecopark.flow.supervision;

import cn.ecopark.flow.calendar.AppClock;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Draws each review batch's spot-check sample once, the first time a re-inspection of the batch starts, from
 * every park that holds the title and falls due in that month (see {@link SpotCheckDraw} for the drawing).
 */
@Component
class SpotCheckSample {

    private final SpotCheckDrawRepository draws;
    private final NamedParks namedParks;
    private final SupervisionProperties properties;

    SpotCheckSample(SpotCheckDrawRepository draws, NamedParks namedParks, SupervisionProperties properties) {
        this.draws = draws;
        this.namedParks = namedParks;
        this.properties = properties;
    }

    SpotCheckDraw of(YearMonth batch) {
        return draws.findById(batch.toString()).orElseGet(() -> draws.save(
                SpotCheckDraw.draw(batch, candidates(batch), properties.spotCheckShare(), AppClock.now())));
    }

    boolean drew(Long parkId, LocalDate dueOn) {
        return of(Review.batchOf(dueOn)).drew(parkId);
    }

    private List<Long> candidates(YearMonth batch) {
        return namedParks.all().stream().filter(p -> dueIn(p.namedOn(), batch)).map(NamedParks.NamedPark::id).toList();
    }

    /** Some cycle of a park named on that day falls due in the batch's month. */
    static boolean dueIn(LocalDate namedOn, YearMonth batch) {
        int years = batch.getYear() - namedOn.getYear();
        return years >= 2 && years % 2 == 0 && YearMonth.from(Review.dueOn(namedOn, years / 2)).equals(batch);
    }
}
