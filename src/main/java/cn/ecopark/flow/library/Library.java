package cn.ecopark.flow.library;

import cn.ecopark.flow.agency.Agency;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The two project libraries of measures 11 and 12: the workflow that fills each, its case-number prefix,
 * the name in its REST path and the agencies concerned (who may list it).
 */
public enum Library {
    POLLUTION_PREVENTION("pollution-prevention", "污染防治项目库", "pollution-library-intake", "WRFZ",
            List.of(Agency.ECOLOGY, Agency.FINANCE)),
    GREEN_FINANCE("green-finance", "省绿色金融项目库", "green-finance-intake", "LSJR",
            List.of(Agency.ECOLOGY, Agency.REFORM, Agency.FINSUP, Agency.PBOC, Agency.CBIRC, Agency.CDB));

    private final String slug;
    private final String chineseName;
    private final String processKey;
    private final String casePrefix;
    private final List<Agency> concerned;

    Library(String slug, String chineseName, String processKey, String casePrefix, List<Agency> concerned) {
        this.slug = slug;
        this.chineseName = chineseName;
        this.processKey = processKey;
        this.casePrefix = casePrefix;
        this.concerned = concerned;
    }

    public String slug() {
        return slug;
    }

    public String chineseName() {
        return chineseName;
    }

    public String processKey() {
        return processKey;
    }

    public String casePrefix() {
        return casePrefix;
    }

    /** The agencies that take part in this library's intake and may read its list. */
    public List<String> concernedGroups() {
        return concerned.stream().map(Agency::groupId).toList();
    }

    public static Optional<Library> bySlug(String slug) {
        return Arrays.stream(values()).filter(l -> l.slug.equals(slug)).findFirst();
    }

    public static Optional<Library> byProcessKey(String processKey) {
        return Arrays.stream(values()).filter(l -> l.processKey.equals(processKey)).findFirst();
    }
}
