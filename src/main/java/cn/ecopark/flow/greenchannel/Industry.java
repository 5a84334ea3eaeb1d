package cn.ecopark.flow.greenchannel;

import java.util.Arrays;
import java.util.Optional;

/** The project's industry as the intake form offers it; the routing table reads the code. */
public enum Industry {
    HIGH_TECH("高新技术产业"),
    GREEN_TECHNOLOGY("绿色低碳技术产业"),
    ADVANCED_MANUFACTURING("先进制造业"),
    CHEMICAL("化工"),
    ENVIRONMENTAL_SERVICES("节能环保与资源循环利用"),
    LOGISTICS_AND_SERVICES("现代物流与生产性服务业"),
    OTHER("其他");

    private final String chineseName;

    Industry(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public static Optional<Industry> parse(String value) {
        return Arrays.stream(values()).filter(v -> v.name().equals(value)).findFirst();
    }
}
