package cn.ecopark.flow.parkapplication;

/** The evaluation table's result for one indicator of measure 2. */
public record IndicatorScore(String indicator, int score, boolean passed, String note) {
}
