package cn.ecopark.flow.park;

import java.util.Arrays;
import java.util.Optional;

/** The three kinds of eco-industrial park in the national standard. */
public enum ParkType {
    COMPREHENSIVE("综合类"),
    SECTORAL("行业类"),
    VENOUS("静脉产业类");

    private final String chineseName;

    ParkType(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public static Optional<ParkType> parse(String value) {
        return Arrays.stream(values()).filter(t -> t.name().equals(value)).findFirst();
    }
}
