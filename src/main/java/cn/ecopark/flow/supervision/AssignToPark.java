package cn.ecopark.flow.supervision;

import cn.ecopark.flow.engine.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The park's own steps (self-check, rectification report) go to the account that applied for the park. A park
 * named before the system knew its applicant has none: its city's ecology bureau then files for it.
 */
@Component("assignToPark")
class AssignToPark implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String contact = SupervisionVariables.parkContact(task);
        if (contact != null) {
            task.setAssignee(contact);
        } else {
            task.addCandidateGroup(CaseVariables.cityGroup(task));
        }
    }
}
