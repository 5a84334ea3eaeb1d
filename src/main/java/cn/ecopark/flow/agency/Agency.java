package cn.ecopark.flow.agency;


import cn.ecopark.flow.calendar.AppClock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The nine provincial agencies that issued 鲁环发〔2021〕7号. This enum is the one place that knows the
 * list: each agency is a Camunda group whose id is {@link #groupId()}. Names carry dates: a page shows the name
 * valid on the date it shows ({@link #shortNameOn}).
 */
public enum Agency {
    ECOLOGY("ecology", "山东省生态环境厅", "省生态环境厅"),
    REFORM("reform", "山东省发展和改革委员会", "省发展改革委"),
    SCIENCE("science", "山东省科学技术厅", "省科技厅"),
    FINANCE("finance", "山东省财政厅", "省财政厅"),
    COMMERCE("commerce", "山东省商务厅", "省商务厅"),
    FINSUP("finsup", "山东省地方金融监督管理局", "省地方金融监管局", true),
    PBOC("pboc", "中国人民银行济南分行", "人民银行济南分行", true),
    CBIRC("cbirc", "中国银行保险监督管理委员会山东监管局", "山东银保监局", true,
            // DOMAIN.md confirms the 2023 replacement by the NFRA and the new name; the exact day is 待确认 (the year's
            // first day is used, so only dates inside 2023 could show the new name early).
            new Rename(LocalDate.of(2023, 1, 1), "国家金融监督管理总局山东监管局", "国家金融监督管理总局山东监管局")),
    CDB("cdb", "国家开发银行山东省分行", "国家开发银行山东省分行", true);


    private final String groupId;
    private final String fullName;
    private final String shortName;
    private final boolean financial;
    private final List<Rename> renames;

    Agency(String groupId, String fullName, String shortName) {
        this(groupId, fullName, shortName, false);
    }

    Agency(String groupId, String fullName, String shortName, boolean financial, Rename... renames) {
        this.groupId = groupId;
        this.fullName = fullName;
        this.shortName = shortName;
        this.financial = financial;
        this.renames = List.of(renames);
    }

    /**
     * A name an agency took from a date on. Only renames a source in DOMAIN.md confirms are listed; the group id
     * never changes. (The PBoC branch and the local financial supervision bureau were reorganised in 2023–2024
     * too; their new names are not confirmed, so they keep the 2021 names.)
     */
    record Rename(LocalDate from, String fullName, String shortName) {
    }

    /**
     * Financial supervision and the banks: they see a project's financing data, never the environmental
     * agencies' internal opinions unless shared (measure 12, see the library package).
     */
    public boolean financial() {
        return financial;
    }

    public String groupId() {
        return groupId;
    }

    /** The full name valid today. */
    public String fullName() {
        return fullNameOn(today());
    }

    /** The short name valid today (what pages dated today show). */
    public String shortName() {
        return shortNameOn(today());
    }

    /** The full name valid on that day (the name in the notice of 2021 before any confirmed rename). */
    public String fullNameOn(LocalDate day) {
        return renameOn(day).map(Rename::fullName).orElse(fullName);
    }

    /** The short name valid on that day: sheets and histories show the name of the day of the decision. */
    public String shortNameOn(LocalDate day) {
        return renameOn(day).map(Rename::shortName).orElse(shortName);
    }

    private Optional<Rename> renameOn(LocalDate day) {
        return renames.stream().filter(r -> !r.from().isAfter(day)).reduce((earlier, later) -> later);
    }

    private static LocalDate today() {
        return AppClock.today();
    }

    public static Optional<Agency> byGroupId(String groupId) {
        return Arrays.stream(values()).filter(a -> a.groupId.equals(groupId)).findFirst();
    }
}
