package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.formcontract.FormFields;
import cn.ecopark.flow.indexsystem.IndexCatalogues;
import cn.ecopark.flow.indexsystem.IndexData;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * First step of every application: validates the submitted form, finds the park by its credit code (registering
 * it on its first application), gives the case its number (STGY-yyyy-nnnn, also the business key) and stores the
 * application. Afterwards the process carries only ids and labels; the form fields are removed.
 */
@Component("registerApplication")
class RegisterApplication implements JavaDelegate {

    static final String CASE_PREFIX = "STGY";

    private final ParkFilings filings;
    private final ParkApplicationRepository applications;
    private final IndexCatalogues catalogues;

    RegisterApplication(ParkFilings filings, ParkApplicationRepository applications, IndexCatalogues catalogues) {
        this.filings = filings;
        this.applications = applications;
        this.catalogues = catalogues;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicant = ParkFilings.applicant(execution);
        ApplicationData data = ApplicationForm.read(FormFields.ofStart(execution));
        ParkFilings.Filing filing = filings.open(execution, CASE_PREFIX, data);
        ParkApplication filed = ParkApplication.submit(filing.caseNo(), filing.parkId(),
                execution.getProcessInstanceId(), applicant, data, filing.at());
        filed.indexValues(IndexData.json(IndexData.read(FormFields.ofStart(execution), catalogues.current(), data.indicators())));
        ParkApplication application = applications.save(filed);

        execution.removeVariables(ApplicationForm.FIELDS);
        execution.removeVariables(IndexData.fieldNames(catalogues.current()));
        ParkApplicationVariables.registered(execution, application.getId(), filing);
    }
}
