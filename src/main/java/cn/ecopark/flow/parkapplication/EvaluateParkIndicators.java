package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.indexsystem.IndexData;
import cn.ecopark.flow.indexsystem.IndexCatalogues;
import cn.ecopark.flow.indexsystem.IndexEvaluation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Judges the acceptance application against the current index-system catalogue (issue 10); what blocks naming is
 * shown to ecology at 确认命名建议, where {@link GuardNamingByIndex} enforces it.
 */
@Component("evaluateParkIndicators")
class EvaluateParkIndicators implements JavaDelegate {

    private final ParkApplications cases;
    private final IndexCatalogues catalogues;

    EvaluateParkIndicators(ParkApplications cases, IndexCatalogues catalogues) {
        this.cases = cases;
        this.catalogues = catalogues;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ParkApplication application = cases.of(execution);
        // The catalogue decides whether naming is blocked (the invented 30/25/20/25 scoring no longer judges
        // acceptance); the version that judged is recorded with the application.
        IndexEvaluation.Result judged = IndexEvaluation.evaluate(catalogues.current(), IndexData.parse(application.getIndexValues()));
        application.indexJudged(judged.catalogueVersion(), judged.blocking());
        cases.save(application);
    }
}
