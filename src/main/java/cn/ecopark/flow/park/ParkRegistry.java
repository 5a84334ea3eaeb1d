package cn.ecopark.flow.park;

import cn.ecopark.flow.engine.InvalidInput;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/**
 * Finds a park by its identity, the management committee's 统一社会信用代码, for everything that files for a park
 * (applications, ecology's registry). A name is only a label: the same code under a new name is the same park
 * (and keeps its ban, its subsidies and its history); a park known from before V24 by name and city takes the
 * code the first time someone gives it; a name already borne by a park with another code is refused.
 */
@Component
public class ParkRegistry {

    private final ParkRepository parks;
    private final ParkLifecycle lifecycle;

    ParkRegistry(ParkRepository parks, ParkLifecycle lifecycle) {
        this.parks = parks;
        this.lifecycle = lifecycle;
    }

    /** The park with this code, or a new registration; never renames (an accepted application does: {@link ParkLifecycle#startApplying}). */
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
            return lifecycle.identify(byName.getId(), creditCode);
        }
        return lifecycle.register(creditCode, name, city, parkType, areaKm2);
    }

    private static InvalidInput nameTaken(Park other) {
        return new InvalidInput("parkName：园区名称“" + other.getName() + "”已登记为另一园区（统一社会信用代码 "
                + (other.getCreditCode() == null ? "未登记" : other.getCreditCode()) + "），请核对统一社会信用代码");
    }
}
