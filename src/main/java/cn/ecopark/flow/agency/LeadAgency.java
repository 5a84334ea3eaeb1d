package cn.ecopark.flow.agency;


/**
 * Which agency leads a workflow's cases and so suspends, resumes and terminates them, decides 延期 and may 催办. The
 * notice names ecology first among the responsible units of every measure the seven workflows carry (measures 2, 5,
 * 10, 11, 12, 15, 16, 17; DOMAIN.md "Measures"), and as lead agency of almost every measure: it leads all of them.
 * A workflow with another lead would be listed here.
 */
public final class LeadAgency {

    private LeadAgency() {
    }

    public static Agency of(String caseType) {
        return Agency.ECOLOGY;
    }
}
