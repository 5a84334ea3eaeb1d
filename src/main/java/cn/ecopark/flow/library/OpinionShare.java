package cn.ecopark.flow.library;

/**
 * Whether the opinion given on a task (its approval record, by task id) may be shown to finsup and the
 * banks. Opinions of the other agencies stay internal unless the clerk ticked 同意向金融机构共享.
 */
public record OpinionShare(String taskId, boolean shareWithBanks) {
}
