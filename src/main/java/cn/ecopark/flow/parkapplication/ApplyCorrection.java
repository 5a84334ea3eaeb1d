package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.indexsystem.IndexData;
import cn.ecopark.flow.formcontract.FormFields;
import cn.ecopark.flow.park.Park;
import cn.ecopark.flow.park.ParkLifecycle;
import cn.ecopark.flow.park.ParkRepository;
import cn.ecopark.flow.engine.InvalidInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Takes the applicant's corrected data (补正) into the application before it goes back to the city. */
@Component("applyCorrection")
class ApplyCorrection implements TaskListener {

    private final ParkApplications cases;
    private final ParkRepository parks;
    private final ParkLifecycle lifecycle;
    private final cn.ecopark.flow.indexsystem.IndexCatalogues catalogues;

    ApplyCorrection(ParkApplications cases, ParkRepository parks, ParkLifecycle lifecycle,
                    cn.ecopark.flow.indexsystem.IndexCatalogues catalogues) {
        this.catalogues = catalogues;
        this.cases = cases;
        this.parks = parks;
        this.lifecycle = lifecycle;
    }

    @Override
    public void notify(DelegateTask task) {
        ParkApplication application = cases.of(task);
        // What the applicant left out keeps the value the form showed prefilled.
        FormFields fields = FormFields.of(task).orShown(ShowApplicationOnTask.prefill(application));
        ApplicationData data = ApplicationForm.read(fields);
        if (application.getCreditCode() != null && !data.creditCode().equals(application.getCreditCode())) {
            throw new InvalidInput("creditCode：补正时不能更改统一社会信用代码，如需更改请撤回后重新申报");
        }
        if (!data.parkName().equals(application.getParkName()) || !data.city().equals(application.getCity())) {
            throw new InvalidInput("parkName：补正时不能更改园区名称或所在城市，如需更改请撤回后重新申报");
        }
        application.resubmitted(data);
        application.indexValues(IndexData.json(IndexData.read(fields, catalogues.current(), data.indicators())));
        cases.save(application);
        // The form is prefilled with the whole application and Tasklist submits all of it, to the process: once read,
        // the fields leave the process, which keeps ids and decisions.
        task.getExecution().removeVariables(ApplicationForm.FIELDS);
        task.getExecution().removeVariables(IndexData.fieldNames(catalogues.current()));
        Park park = parks.findById(application.getParkId()).orElseThrow();
        if (park.getCreditCode() == null) {
            // An application filed before credit codes were kept: its first correction records the code.
            lifecycle.identify(park.getId(), data.creditCode());
        }
        lifecycle.correctProfile(park.getId(), data.parkType(), data.areaKm2(), application.getApplicationNo());
    }
}
