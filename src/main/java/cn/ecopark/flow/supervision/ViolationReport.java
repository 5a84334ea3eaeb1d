package cn.ecopark.flow.supervision;

import cn.ecopark.flow.formcontract.FormFields;
import cn.ecopark.flow.engine.InvalidInput;

import java.time.LocalDate;
import java.util.function.Function;

/** What ecology reports under measure 17: the kind, the enforcement case it refers to, when and what happened. */
record ViolationReport(ViolationKind kind, String caseReference, LocalDate occurredOn, String description) {

    static ViolationReport read(Function<String, Object> field, LocalDate today) {
        Object kind = field.apply(SupervisionVariables.KIND);
        ViolationKind parsed = ViolationKind.parse(kind == null ? null : kind.toString().strip())
                .orElseThrow(() -> new InvalidInput("kind：违法违规类型只能是 SERIOUS_VIOLATION（严重环境违法行为）或 MAJOR_INCIDENT（重大突发环境事件）"));
        return new ViolationReport(parsed,
                new FormFields(field).text(SupervisionVariables.CASE_REFERENCE, "案件文号（行政处罚决定书或事件调查报告的文号）", 100),
                new FormFields(field).dateNotAfter(SupervisionVariables.OCCURRED_ON, "发生日期", today),
                new FormFields(field).text(SupervisionVariables.DESCRIPTION, "违法违规情况", 2000));
    }
}
