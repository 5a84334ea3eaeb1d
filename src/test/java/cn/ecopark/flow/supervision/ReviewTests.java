package cn.ecopark.flow.supervision;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What a review keeps of the catalogue's judgement. */
class ReviewTests {

    @Test
    void aLongBlockingListIsShortenedToTheColumnAndSaysHowManyMoreFailed() {
        assertThat(Review.fitting(List.of())).isEmpty();
        assertThat(Review.fitting(List.of("必选指标“甲”未达标", "基本条件“乙”未填报"))).isEqualTo("必选指标“甲”未达标\n基本条件“乙”未填报");

        List<String> many = IntStream.range(0, 60).mapToObj(i -> "必选指标“第" + i + "项”未达标（要求：具备；依据："
                + "山东省省级生态工业园区考核标准（早期版本） 指标表第" + i + "项）").toList();
        String kept = Review.fitting(many);
        assertThat(kept.length()).isLessThanOrEqualTo(Review.BLOCKING_LENGTH);
        int shown = (int) kept.lines().filter(l -> l.startsWith("必选指标")).count();
        assertThat(shown).isBetween(1, 59);
        assertThat(kept).endsWith("……另有 " + (60 - shown) + " 项未达标");
    }
}
