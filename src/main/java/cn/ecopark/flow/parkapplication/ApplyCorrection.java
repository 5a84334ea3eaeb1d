package cn.ecopark.flow.parkapplication;

import cn.ecopark.flow.formcontract.FormFields;
import cn.ecopark.flow.park.Park;
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

    ApplyCorrection(ParkApplications cases, ParkRepository parks) {
        this.cases = cases;
        this.parks = parks;
    }

    @Override
    public void notify(DelegateTask task) {
        ParkApplication application = cases.of(task);
        ApplicationData data = ApplicationForm.read(FormFields.of(task));
        if (!data.parkName().equals(application.getParkName()) || !data.city().equals(application.getCity())) {
            throw new InvalidInput("parkName：补正时不能更改园区名称或所在城市，如需更改请撤回后重新申报");
        }
        application.resubmitted(data);
        cases.save(application);
        Park park = parks.findById(application.getParkId()).orElseThrow();
        park.updateProfile(data.parkType(), data.areaKm2());
        parks.save(park);
    }
}
