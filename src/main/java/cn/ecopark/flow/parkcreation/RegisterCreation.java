package cn.ecopark.flow.parkcreation;

import cn.ecopark.flow.formcontract.FormFields;
import cn.ecopark.flow.parkapplication.ParkFilings;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * First step of a creation application: validates the form, finds the park by its credit code (registering it on
 * its first filing), numbers the case (CJSQ-yyyy-nnnn, also the business key) and stores the application. The
 * process then carries only ids and labels.
 */
@Component("registerCreation")
class RegisterCreation implements JavaDelegate {

    static final String CASE_PREFIX = "CJSQ";

    private final ParkFilings filings;
    private final ParkCreationRepository creations;

    RegisterCreation(ParkFilings filings, ParkCreationRepository creations) {
        this.filings = filings;
        this.creations = creations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicant = ParkFilings.applicant(execution);
        CreationData data = CreationData.read(FormFields.ofStart(execution));
        ParkFilings.Filing filing = filings.open(execution, CASE_PREFIX, data);
        ParkCreation creation = creations.save(ParkCreation.submit(filing.caseNo(), filing.parkId(),
                execution.getProcessInstanceId(), applicant, data, filing.at()));

        execution.removeVariables(CreationData.FIELDS);
        ParkCreationVariables.registered(execution, creation.getId(), filing);
    }
}
