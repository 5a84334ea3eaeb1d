package cn.ecopark.flow.parkapplication;

/** The evaluation table's result for one indicator of measure 2. */
public record IndicatorScore(String indicator, int score, boolean passed, String note) {

    /** One line as reviewers read it: "碳减排：30 分，达标。…". */
    public String summary() {
        return "%s：%d 分，%s。%s".formatted(IndicatorNames.of(indicator), score, passed ? "达标" : "未达标", note == null ? "" : note);
    }
}
