package cn.ecopark.flow.greenchannel;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a project counts as a key construction project (重点建设项目, measure 15): the list it is on, whose 文号 the
 * intake records. Which lists qualify is decided in {@code green-channel-eligibility} (marked 待确认 there).
 */
public enum KeyProjectBasis {
    PROVINCIAL_KEY_LIST("列入省级重点建设项目名单"),
    MUNICIPAL_KEY_LIST("列入市级重点建设项目名单"),
    NONE("未列入重点建设项目名单");

    private final String chineseName;

    KeyProjectBasis(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public static Optional<KeyProjectBasis> parse(String value) {
        return Arrays.stream(values()).filter(v -> v.name().equals(value)).findFirst();
    }
}
