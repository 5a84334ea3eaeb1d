package cn.ecopark.flow.park;

import java.util.Arrays;
import java.util.Optional;

/** The level at which the development zone was approved (国家级 / 省级 in the national catalogue, or neither). */
public enum ParkLevel {
    NATIONAL("国家级"),
    PROVINCIAL("省级"),
    OTHER("其他");

    private final String chineseName;

    ParkLevel(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public static Optional<ParkLevel> parse(String value) {
        return Arrays.stream(values()).filter(l -> l.name().equals(value)).findFirst();
    }
}
