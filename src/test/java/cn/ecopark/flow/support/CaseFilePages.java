package cn.ecopark.flow.support;

import cn.ecopark.flow.casefile.CaseFile;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the shared staff pages show of any workflow's case: the approval sheet and the dashboard's stage counts. */
public final class CaseFilePages {

    private CaseFilePages() {
    }

    /** The approval sheet as the manager reads it (200 expected). */
    public static String approvalSheet(Http http, String caseNo) {
        Http.Response page = http.get("/staff/cases/" + caseNo + "/approval-sheet", "manager");
        assertThat(page.status()).as("approval sheet of " + caseNo).isEqualTo(200);
        return page.body();
    }

    /** The dashboard's stages of one workflow, in the order shown, with their counts. */
    public static LinkedHashMap<String, Long> stages(Http http, String caseType) {
        JsonNode dashboard = http.get("/api/dashboard", "manager").json();
        for (JsonNode workflow : dashboard.get("workflows")) {
            if (workflow.get("caseType").asText().equals(caseType)) {
                LinkedHashMap<String, Long> stages = new LinkedHashMap<>();
                workflow.get("stages").forEach(s -> stages.put(s.get("stage").asText(), s.get("count").asLong()));
                return stages;
            }
        }
        throw new AssertionError("the dashboard has no workflow " + caseType);
    }

    /** Every text of the case file, to check that no internal opinion leaked into it (the lookup page is public). */
    public static String allText(CaseFile file) {
        List<String> texts = new ArrayList<>(List.of(file.title(), file.stageName(), String.valueOf(file.result()),
                String.valueOf(file.requestedOfApplicant())));
        file.details().forEach(f -> texts.add(f.label() + "：" + f.value()));
        return String.join("\n", texts);
    }

    /** Counts after minus counts before, per stage. */
    public static Map<String, Long> difference(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> diff = new LinkedHashMap<>();
        after.forEach((stage, n) -> {
            long d = n - before.getOrDefault(stage, 0L);
            if (d != 0) {
                diff.put(stage, d);
            }
        });
        return diff;
    }
}
