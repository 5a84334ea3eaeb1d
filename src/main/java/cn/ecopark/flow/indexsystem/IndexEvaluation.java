package cn.ecopark.flow.indexsystem;

import cn.ecopark.flow.indexsystem.IndexCatalogue.Item;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Judges a park's data against one catalogue version. Naming is blocked by a basic condition or 必选 indicator
 * that is not met (missing data counts as not met) and by a group with fewer members met than it asks. Items whose
 * rule no source sets (UNDECIDED) are shown, never decide. Every blocking line that rests on an unconfirmed figure
 * or rule says 待确认.
 */
public final class IndexEvaluation {

    private IndexEvaluation() {
    }

    public enum Outcome {
        MET("达标"), NOT_MET("未达标"), MISSING("未填报"), UNDETERMINED("待确认");

        private final String chineseName;

        Outcome(String chineseName) {
            this.chineseName = chineseName;
        }

        public String chineseName() {
            return chineseName;
        }
    }

    public record ItemResult(String code, String name, String requirement, Object value, Outcome outcome) {
    }

    /** The catalogue version that judged, each item's result, and what blocks naming (empty: nothing does). */
    public record Result(String catalogueVersion, List<ItemResult> items, List<String> blocking) {

        public boolean met() {
            return blocking.isEmpty();
        }
    }

    /** {@code values}: item code → number (AT_LEAST / AT_MOST) or boolean (PRESENT). */
    public static Result evaluate(IndexCatalogue catalogue, Map<String, ?> values) {
        List<ItemResult> results = new ArrayList<>();
        List<String> blocking = new ArrayList<>();
        for (Item item : catalogue.items()) {
            Object value = values.get(item.code());
            Outcome outcome = judge(item, value);
            results.add(new ItemResult(item.code(), item.name(), item.requirement(), value, outcome));
            if (item.rule() == IndexCatalogue.Rule.MANDATORY && outcome != Outcome.MET) {
                blocking.add((item.kind() == IndexCatalogue.Kind.BASIC_CONDITION ? "基本条件" : "必选指标") + "“" + item.name()
                        + "”" + outcome.chineseName() + "（要求：" + item.requirement() + "；" + item.source() + " " + item.clause() + "）");
            }
        }
        for (IndexCatalogue.Group group : catalogue.groups()) {
            long met = catalogue.items().stream().filter(i -> group.code().equals(i.group()))
                    .filter(i -> judge(i, values.get(i.code())) == Outcome.MET).count();
            if (met < group.atLeast()) {
                blocking.add("指标组“" + group.name() + "”达标 " + met + " 项，至少需 " + group.atLeast() + " 项"
                        + (group.confirmed() ? "" : "（组内规则" + IndexCatalogue.UNCONFIRMED + "）") + "（" + group.source() + " "
                        + group.clause() + "）");
            }
        }
        return new Result(catalogue.version(), results, blocking);
    }

    private static Outcome judge(Item item, Object value) {
        if (item.rule() == IndexCatalogue.Rule.UNDECIDED) {
            return value == null ? Outcome.MISSING : Outcome.UNDETERMINED;
        }
        if (value == null) {
            return Outcome.MISSING;
        }
        return switch (item.direction()) {
            case PRESENT -> Boolean.TRUE.equals(value) || "true".equals(value.toString()) ? Outcome.MET : Outcome.NOT_MET;
            case AT_LEAST -> number(value).compareTo(item.threshold()) >= 0 ? Outcome.MET : Outcome.NOT_MET;
            case AT_MOST -> number(value).compareTo(item.threshold()) <= 0 ? Outcome.MET : Outcome.NOT_MET;
        };
    }

    private static BigDecimal number(Object value) {
        return value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }

    /**
     * Whether the park may be named: the index system is met, or ecology overrides the blocking lines with the
     * decision's 文号 and a reason, which the approval sheet then shows.
     */
    public static Clearance clear(Result result, Override override) {
        if (result.met()) {
            return new Clearance(true, null);
        }
        if (override == null || override.documentNo() == null || override.documentNo().isBlank()
                || override.reason() == null || override.reason().isBlank()) {
            return new Clearance(false, null);
        }
        return new Clearance(true, override);
    }

    /** Ecology's override of blocking lines: 文号, reason, who and when. */
    public record Override(String documentNo, String reason, String by, java.time.Instant at) {
    }

    /** May be named; {@code override} is non-null when naming rests on ecology's override. */
    public record Clearance(boolean allowed, Override override) {

        /** The line the approval sheet prints. */
        public String sheetLine(Result result) {
            if (override == null) {
                return allowed ? "指标体系（" + result.catalogueVersion() + "）：基本条件和必选指标均达标" : "指标体系（"
                        + result.catalogueVersion() + "）未达标，不予命名：" + String.join("；", result.blocking());
            }
            return "指标体系（" + result.catalogueVersion() + "）未达标：" + String.join("；", result.blocking())
                    + "。省生态环境厅决定予以命名（" + override.documentNo() + "），理由：" + override.reason();
        }
    }
}
