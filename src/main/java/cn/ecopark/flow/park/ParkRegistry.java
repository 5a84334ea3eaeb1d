package cn.ecopark.flow.park;

import cn.ecopark.flow.engine.InvalidInput;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Finds a park by its identity, the management committee's 统一社会信用代码, for everything that files for a park
 * (applications, ecology's registry). A name is only a label: the same code under a new name is the same park
 * (and keeps its ban, its subsidies and its history); a park known from before V24 by name and city takes the
 * code the first time someone gives it; a name already borne by a park with another code is refused.
 */
@Component
public class ParkRegistry {

    private final ParkRepository parks;

    ParkRegistry(ParkRepository parks) {
        this.parks = parks;
    }

    /** The park with this code, or a new registration; never saves a rename (see {@link #renameIfNeeded}). */
    public Park forFiling(String creditCode, String name, String city, ParkType parkType, BigDecimal areaKm2) {
        // Row locks: two applications for one park are decided one after the other (a new park filed twice at once
        // is refused by the unique keys instead; see parkapplication.DuplicatePark).
        Park known = parks.findLockedByCreditCode(creditCode).orElse(null);
        Park byName = parks.findLockedByCityAndName(city, name).orElse(null);
        if (known != null) {
            if (!known.getCity().equals(city)) {
                throw new InvalidInput("city：统一社会信用代码 " + creditCode + " 登记的园区“" + known.getName()
                        + "”不在所选城市，请核对");
            }
            if (byName != null && !byName.getId().equals(known.getId())) {
                throw nameTaken(byName);
            }
            return known;
        }
        if (byName != null) {
            if (byName.getCreditCode() != null) {
                throw nameTaken(byName);
            }
            byName.identify(creditCode);
            return parks.save(byName);
        }
        return parks.save(Park.register(creditCode, name, city, parkType, areaKm2));
    }

    /** Records the name a park now files under as its current name (its earlier names stay in the history). */
    public void renameIfNeeded(Park park, String name, LocalDate from, Instant at, String by, String caseNo) {
        if (!park.getName().equals(name)) {
            park.rename(name, from, at, by, caseNo, "以新名称申报（统一社会信用代码不变）");
        }
    }

    /** Records the code of a park known by name only, unless another park already holds it. */
    public void identify(Park park, String creditCode) {
        if (creditCode.equals(park.getCreditCode())) {
            return;
        }
        parks.findByCreditCode(creditCode).ifPresent(other -> {
            throw new InvalidInput("creditCode：统一社会信用代码 " + creditCode + " 已登记为园区“" + other.getName() + "”");
        });
        park.identify(creditCode);
    }

    private static InvalidInput nameTaken(Park other) {
        return new InvalidInput("parkName：园区名称“" + other.getName() + "”已登记为另一园区（统一社会信用代码 "
                + (other.getCreditCode() == null ? "未登记" : other.getCreditCode()) + "），请核对统一社会信用代码");
    }
}
