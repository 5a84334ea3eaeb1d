package cn.ecopark.flow.indexsystem;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One version of the index system of measure 2 (src/main/resources/index-system/v&lt;n&gt;.json): basic conditions and
 * indicators with category, unit, direction, threshold, whether each is 必选 or a member of an "at least N of
 * this group" set, and the source document and clause. {@code confirmed = false} marks a figure or rule that no
 * source in DOMAIN.md sets: every place it decides shows it as 待确认.
 */
public record IndexCatalogue(String version, String title, String note, List<Group> groups, List<Item> items) {

    public static final String UNCONFIRMED = "待确认";

    public Optional<Group> group(String code) {
        return groups.stream().filter(g -> g.code().equals(code)).findFirst();
    }

    public record Group(String code, String name, int atLeast, boolean confirmed, String source, String clause) {
    }

    public record Item(String code, Kind kind, String category, String name, String unit, Direction direction,
                       BigDecimal threshold, Rule rule, String group, boolean confirmed, String source, String clause) {

        /** The requirement as staff read it, e.g. "≥ 45 %", "具备", or "待确认". */
        public String requirement() {
            return switch (direction) {
                case PRESENT -> "具备" + (confirmed ? "" : "（" + UNCONFIRMED + "）");
                case AT_LEAST -> threshold == null ? UNCONFIRMED
                        : "≥ " + threshold.stripTrailingZeros().toPlainString() + (unit == null ? "" : " " + unit)
                        + (confirmed ? "" : "（" + UNCONFIRMED + "）");
                case AT_MOST -> threshold == null ? UNCONFIRMED
                        : "≤ " + threshold.stripTrailingZeros().toPlainString() + (unit == null ? "" : " " + unit)
                        + (confirmed ? "" : "（" + UNCONFIRMED + "）");
            };
        }
    }

    public enum Kind {
        BASIC_CONDITION, INDICATOR
    }

    public enum Direction {
        AT_LEAST, AT_MOST, PRESENT
    }

    /** 必选 (blocks naming when failed), member of a group, or not yet deciding because no source sets its rule. */
    public enum Rule {
        MANDATORY, GROUP, UNDECIDED
    }
}
