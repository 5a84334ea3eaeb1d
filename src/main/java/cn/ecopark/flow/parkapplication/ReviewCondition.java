package cn.ecopark.flow.parkapplication;

/** A condition an agency attached to its 附条件同意; it stays on the application as an obligation. */
public record ReviewCondition(String agency, String text) {
}
