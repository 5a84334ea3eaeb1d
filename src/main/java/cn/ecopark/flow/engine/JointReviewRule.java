package cn.ecopark.flow.engine;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a joint review decides, as its model declares it in the extension property {@code jointReviewRule} (Modeler:
 * 扩展属性 of the joint review's element): {@code ALL} 会签 (every member), {@code ANY} 或签 (any one member) or
 * {@code SHARE:n/d} a share of the members (e.g. {@code SHARE:2/3}). The rule says when enough members have decided;
 * what they decided stays each member's own (e.g. the green channel's result table).
 *
 * @param needed  numerator of the share of members that must have decided (1/1 for ALL; ANY is one member)
 * @param of      denominator
 */
public record JointReviewRule(Kind kind, int needed, int of) {

    public static final String PROPERTY = "jointReviewRule";

    private static final Pattern SHARE = Pattern.compile("SHARE:([1-9][0-9]*)/([1-9][0-9]*)");

    public enum Kind {
        ALL("会签"), ANY("或签"), SHARE("按比例");

        private final String chineseName;

        Kind(String chineseName) {
            this.chineseName = chineseName;
        }

        public String chineseName() {
            return chineseName;
        }
    }

    public static final JointReviewRule ALL = new JointReviewRule(Kind.ALL, 1, 1);
    public static final JointReviewRule ANY = new JointReviewRule(Kind.ANY, 1, 1);

    /** The rule a declaration names; an error in Chinese for a model author when it names none. */
    public static JointReviewRule parse(String declared) {
        String value = declared == null ? "" : declared.strip();
        if (value.equals("ALL")) {
            return ALL;
        }
        if (value.equals("ANY")) {
            return ANY;
        }
        Matcher share = SHARE.matcher(value);
        if (share.matches()) {
            int needed = Integer.parseInt(share.group(1));
            int of = Integer.parseInt(share.group(2));
            if (needed <= of) {
                return new JointReviewRule(Kind.SHARE, needed, of);
            }
        }
        throw new IllegalArgumentException("联合审查规则 " + PROPERTY + " 须为 ALL（会签）、ANY（或签）或 SHARE:n/d"
                + "（如 SHARE:2/3，n 不大于 d），而不是“" + value + "”");
    }

    /** The declaration on a model element, if any. */
    public static Optional<String> declaredOn(BaseElement element) {
        if (element == null || element.getExtensionElements() == null) {
            return Optional.empty();
        }
        return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(p -> p.getCamundaProperties().stream())
                .filter(p -> PROPERTY.equals(p.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .findFirst();
    }

    /** Whether {@code decided} of {@code members} members are enough for this rule. */
    public boolean reached(int decided, int members) {
        if (members <= 0) {
            return true;
        }
        return switch (kind) {
            case ALL -> decided >= members;
            case ANY -> decided >= 1;
            case SHARE -> (long) decided * of >= (long) needed * members;
        };
    }

    /** As staff read it, e.g. 会签（全部成员）, 按比例（2/3 的成员）. */
    public String text() {
        return switch (kind) {
            case ALL -> "会签（全部成员）";
            case ANY -> "或签（任一成员）";
            case SHARE -> "按比例（" + needed + "/" + of + " 的成员）";
        };
    }
}
