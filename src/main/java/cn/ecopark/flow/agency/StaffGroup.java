package cn.ecopark.flow.agency;

/** Groups that are not agencies: who watches, who administers, who applies. */
public final class StaffGroup {

    /** Read-only oversight of every process in Cockpit; completes no task. */
    public static final String MANAGERS = "managers";
    /** Deploys models and manages identity; the id Camunda's webapps treat as administrators. */
    public static final String ADMINS = "camunda-admin";
    /** Park management committees (园区管委会) that apply and answer 补正 requests. */
    public static final String APPLICANTS = "applicants";

    /** Suffix of an agency's or city bureau's managers group (e.g. {@code ecology-managers}): 督办 and reassigning. */
    public static final String MANAGERS_SUFFIX = "-managers";

    private StaffGroup() {
    }

    /** The managers group of an agency or city bureau group. */
    public static String managersOf(String groupId) {
        return groupId + MANAGERS_SUFFIX;
    }

    /** The name a clerk reads for any group id today: agency, city bureau, or one of the groups above. */
    public static String displayName(String groupId) {
        return displayName(groupId, null);
    }

    /** The same, as the group was called on {@code day} (null: today), for sheets and histories of that day. */
    public static String displayName(String groupId, java.time.LocalDate day) {
        if (groupId == null) {
            return "";
        }
        if (groupId.endsWith(MANAGERS_SUFFIX)) {
            return displayName(groupId.substring(0, groupId.length() - MANAGERS_SUFFIX.length()), day) + "负责人";
        }
        return Agency.byGroupId(groupId).map(a -> day == null ? a.shortName() : a.shortNameOn(day))
                .or(() -> City.byGroupId(groupId).map(City::bureauName))
                .orElseGet(() -> switch (groupId) {
                    case MANAGERS -> "管理人员";
                    case ADMINS -> "系统管理员";
                    case APPLICANTS -> "申报园区";
                    default -> groupId;
                });
    }
}
