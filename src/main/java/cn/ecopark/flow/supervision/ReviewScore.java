package cn.ecopark.flow.supervision;

import cn.ecopark.flow.parkapplication.IndicatorScore;

/** One indicator's score in one round of a re-inspection (1: the self-check, 2: the check after rectification). */
record ReviewScore(int reviewRound, String indicator, int score, boolean passed, String note) {

    static ReviewScore of(int round, IndicatorScore score) {
        return new ReviewScore(round, score.indicator(), score.score(), score.passed(), score.note());
    }

    String summary() {
        return new IndicatorScore(indicator, score, passed, note).summary();
    }
}
