package cn.ecopark.flow.outbound;

import java.time.Instant;

/**
 * A case accepted (受理) by a check that records no approval decision, published by its workflow in the engine's
 * transaction. The workflow's event implements this, so outbound listens without depending on the workflow
 * (which already depends on outbound through {@link PlatformReference}).
 */
public interface CaseAccepted {

    String caseType();

    String caseNo();

    Instant at();

    /** The step (BPMN element id) that accepted the case, and its Chinese name. */
    String stepKey();

    String stepName();
}
