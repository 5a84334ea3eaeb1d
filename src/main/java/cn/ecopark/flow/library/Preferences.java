package cn.ecopark.flow.library;

import java.util.ArrayList;
import java.util.List;

/** The green-finance preferences a project qualifies for (measure 12), as the table green-finance-preferences decides. */
public record Preferences(Priority priority, boolean priorityReview, boolean priorityDisbursement,
                          boolean preferentialRate, boolean termExtension, String note) {

    public List<String> names() {
        List<String> names = new ArrayList<>();
        if (priorityReview) {
            names.add("贷款审查审批优先");
        }
        if (priorityDisbursement) {
            names.add("贷款投放优先");
        }
        if (preferentialRate) {
            names.add("优惠利率");
        }
        if (termExtension) {
            names.add("期限延长");
        }
        return names;
    }
}
