package cn.ecopark.flow.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What a re-inspection's notice was about, for the gateway after its due process: REVOCATION after a failed re-check
 * (ecology then decides on the title), SELF_CHECK_OVERDUE after a missed self-check (the park is then ordered to
 * rectify). The model calls it as {@code ${noticePurposes.of(execution)}} on 确定告知事项, result variable
 * {@code noticePurpose}; the notice itself records the same purpose ({@link SanctionProcedures#subjectOf}). Public only
 * for the engine's expression language.
 */
@Component("noticePurposes")
public class NoticePurposes {

    private final SanctionProcedures procedures;

    NoticePurposes(SanctionProcedures procedures) {
        this.procedures = procedures;
    }

    public String of(DelegateExecution execution) {
        return procedures.subjectOf(execution).purpose().name();
    }
}
