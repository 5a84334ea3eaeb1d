package cn.ecopark.flow.indexsystem;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The index system as data (index-system/v1.json): what it holds, and how it decides. */
class IndexEvaluationTests {

    private static final IndexCatalogue V1 = new IndexCatalogues().current();

    /** A park that meets every basic condition and 必选 indicator, one of items 1–4 and one of items 8–9. */
    private static Map<String, Object> passing() {
        Map<String, Object> values = new HashMap<>();
        for (String condition : new String[]{"lawCompliance", "environmentOffice", "industryChain", "sustainedGrowth",
                "protectionTargets", "chemicalParkStandard", "monitoredWastewaterPlant"}) {
            values.put(condition, true);
        }
        values.put("cleanerProductionAudit", 100);
        values.put("ecoChainProjects", 6);
        values.put("valueAddedPerCapita", 16.5);
        values.put("solidWasteUtilisation", 72);
        return values;
    }

    @Test
    void v1HoldsOnlyTheConfirmedFiguresAndMarksTheNoticesFourItemsUnconfirmed() {
        assertThat(V1.version()).isEqualTo("v1");
        assertThat(V1.items()).filteredOn(IndexCatalogue.Item::confirmed)
                .extracting(i -> i.code() + ":" + i.requirement())
                .contains("highTechShare:≥ 45 %", "valueAddedPerCapita:≥ 15 万元/人", "valueAddedGrowth:≥ 15 %",
                        "recyclingIndustryShare:≥ 30 %", "cleanerProductionAudit:≥ 100 %", "ecoChainProjects:≥ 6 个",
                        "monitoredWastewaterPlant:具备", "solidWasteUtilisation:≥ 70 %", "renewableResourceRecycling:≥ 80 %");
        assertThat(V1.items()).filteredOn(i -> !i.confirmed()).extracting(IndexCatalogue.Item::code)
                .containsExactlyInAnyOrder("carbonIntensityReduction", "threeLinesCompliance", "greenIslandFacilities", "planningEia");
        assertThat(V1.items()).filteredOn(i -> !i.confirmed())
                .allSatisfy(i -> {
                    assertThat(i.requirement()).contains("待确认");
                    assertThat(i.rule()).isEqualTo(IndexCatalogue.Rule.UNDECIDED);
                    assertThat(i.source()).isEqualTo("鲁环发〔2021〕7号");
                });
        assertThat(V1.items()).allSatisfy(i -> assertThat(i.clause()).isNotBlank());
    }

    @Test
    void atLeastOneOfFourPassesWithOneAndFailsWithNone() {
        IndexEvaluation.Result one = IndexEvaluation.evaluate(V1, passing());
        assertThat(one.met()).isTrue();
        assertThat(one.catalogueVersion()).isEqualTo("v1");

        Map<String, Object> none = passing();
        none.put("valueAddedPerCapita", 14.9);
        IndexEvaluation.Result failed = IndexEvaluation.evaluate(V1, none);
        assertThat(failed.met()).isFalse();
        assertThat(failed.blocking()).singleElement().asString().contains("第1–4项", "达标 0 项，至少需 1 项");
    }

    @Test
    void aFailingMandatoryIndicatorBlocksNamingUnlessEcologyOverridesWithADocumentNumber() {
        Map<String, Object> values = passing();
        values.put("cleanerProductionAudit", 95);
        IndexEvaluation.Result result = IndexEvaluation.evaluate(V1, values);
        assertThat(result.blocking()).singleElement().asString()
                .contains("必选指标", "工业园区重点企业清洁生产审核实施率", "未达标", "≥ 100 %", "指标表第5项");

        assertThat(IndexEvaluation.clear(result, null).allowed()).isFalse();
        assertThat(IndexEvaluation.clear(result, new IndexEvaluation.Override(" ", "理由", "ecology-clerk", Instant.now()))
                .allowed()).as("an override needs its 文号").isFalse();
        IndexEvaluation.Clearance cleared = IndexEvaluation.clear(result,
                new IndexEvaluation.Override("鲁环函〔2026〕120号", "两家企业审核已启动，限期一年完成", "ecology-clerk", Instant.now()));
        assertThat(cleared.allowed()).isTrue();
        assertThat(cleared.sheetLine(result)).contains("清洁生产审核实施率", "鲁环函〔2026〕120号", "限期一年完成");
    }

    @Test
    void missingBasicConditionsBlockAndAnUnconfirmedGroupRuleSaysSo() {
        Map<String, Object> values = passing();
        values.remove("lawCompliance");
        values.remove("solidWasteUtilisation");
        IndexEvaluation.Result result = IndexEvaluation.evaluate(V1, values);
        assertThat(result.blocking()).hasSize(2);
        assertThat(result.blocking().get(0)).startsWith("基本条件").contains("未填报");
        assertThat(result.blocking().get(1)).contains("第8–9项", "组内规则待确认");
        // The notice's four items are shown but decide nothing until a source sets their rule.
        values.put("lawCompliance", true);
        values.put("solidWasteUtilisation", 70);
        values.put("carbonIntensityReduction", 1);
        values.put("greenIslandFacilities", 0);
        IndexEvaluation.Result shown = IndexEvaluation.evaluate(V1, values);
        assertThat(shown.met()).isTrue();
        assertThat(shown.items()).filteredOn(i -> i.code().equals("greenIslandFacilities")).singleElement()
                .satisfies(i -> assertThat(i.outcome()).isEqualTo(IndexEvaluation.Outcome.UNDETERMINED));
    }
}
