package cn.ecopark.flow.dashboard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Embedded demo only (ecopark.dashboard.demo-city-plans, off in the mysql profile): fills the empty city-plan
 * table with placeholder figures so the dashboard has something to draw. The dashboard labels them as such.
 */
@Component
@ConditionalOnProperty(name = "ecopark.dashboard.demo-city-plans", havingValue = "true")
class DemoCityPlanSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCityPlanSeeder.class);

    private final CityPlans plans;

    DemoCityPlanSeeder(CityPlans plans) {
        this.plans = plans;
    }

    @Override
    public void run(ApplicationArguments args) {
        int seeded = plans.seedDemoIfEmpty();
        if (seeded > 0) {
            log.info("Seeded placeholder creation plans for {} cities (demo figures, not official)", seeded);
        }
    }
}
