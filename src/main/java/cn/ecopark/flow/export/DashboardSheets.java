package cn.ecopark.flow.export;

import cn.ecopark.flow.dashboard.Dashboard;
import cn.ecopark.flow.engine.InvalidInput;

import java.util.ArrayList;
import java.util.List;

/** The dashboard's tables as the page shows them, with its Chinese headings. */
final class DashboardSheets {

    static final List<String> TABLES = List.of("targets", "cities", "workflows", "agencies");

    private DashboardSheets() {
    }

    static List<Sheet> of(Dashboard d) {
        List<Sheet> sheets = new ArrayList<>();
        for (String table : TABLES) {
            sheets.add(named(d, table));
        }
        return sheets;
    }

    static Sheet named(Dashboard d, String table) {
        return switch (table) {
            case "targets" -> targets(d);
            case "cities" -> cities(d);
            case "workflows" -> workflows(d);
            case "agencies" -> agencies(d);
            default -> throw new InvalidInput("table：只能是 targets、cities、workflows 或 agencies");
        };
    }

    private static Sheet targets(Dashboard d) {
        Dashboard.Targets t = d.targets();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Sheet.row("已命名生态工业园区（当前有效）", t.namedNow(), ""));
        rows.add(Sheet.row("截至2022年底命名数", t.namedBy2022(), "措施5：2022年底约" + t.target2022() + "家"));
        rows.add(Sheet.row("2022年底目标", t.target2022(), "措施5"));
        rows.add(Sheet.row("工业园区总数（各市合计）", t.industrialParks(), d.demoFigures() ? "含示例数据" : ""));
        rows.add(Sheet.row("2025年底目标（工业园区的50%）", t.target2025(), "措施5"));
        rows.add(Sheet.row("各市创建计划合计", t.planned2025(), d.demoFigures() ? "措施6；含示例数据" : "措施6"));
        return new Sheet("全省目标", List.of("指标", "数值", "说明"), rows);
    }

    private static Sheet cities(Dashboard d) {
        List<List<Object>> rows = new ArrayList<>();
        for (Dashboard.CityProgress c : d.cities()) {
            rows.add(Sheet.row(c.cityName(), c.planned2025(), c.industrialParks(), c.named(), c.approvedToBuild(), c.applying(),
                    c.demo() ? "示例" : ""));
        }
        return new Sheet("各市创建进展", List.of("设区市", "计划至2025年底命名", "工业园区总数", "已命名", "批准建设", "申报中", "数据说明"), rows);
    }

    private static Sheet workflows(Dashboard d) {
        List<List<Object>> rows = new ArrayList<>();
        for (Dashboard.Workflow w : d.workflows()) {
            for (Dashboard.StageCount s : w.stages()) {
                rows.add(Sheet.row(w.caseTypeName(), w.caseType(), s.stage(), s.count()));
            }
        }
        return new Sheet("各业务办理环节", List.of("业务类型", "流程标识", "环节", "案卷数"), rows);
    }

    private static Sheet agencies(Dashboard d) {
        List<List<Object>> rows = new ArrayList<>();
        for (Dashboard.AgencyLoad a : d.agencies()) {
            rows.add(Sheet.row(a.name(), a.open(), a.overdue(), a.finished(), a.avgWorkingDays()));
        }
        return new Sheet("各机关办理情况", List.of("机关", "在办", "逾期", "近一年办结", "平均用时（工作日）"), rows);
    }
}
