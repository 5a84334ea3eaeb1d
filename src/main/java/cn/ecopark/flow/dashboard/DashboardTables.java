package cn.ecopark.flow.dashboard;

import cn.ecopark.flow.security.EngineAsSystem;
import org.springframework.stereotype.Component;

/** The dashboard's figures and its viewer rule for the exports that mirror the page (package export). */
@Component
public class DashboardTables {

    private final ProgressDashboard dashboard;
    private final EngineAsSystem engine;

    DashboardTables(ProgressDashboard dashboard, EngineAsSystem engine) {
        this.dashboard = dashboard;
        this.engine = engine;
    }

    /** Managers, ecology and administrators: the same rule as /staff/dashboard and /api/dashboard. */
    public boolean callerMayView() {
        return DashboardApi.isViewer(engine);
    }

    public Dashboard current() {
        return dashboard.compute();
    }
}
