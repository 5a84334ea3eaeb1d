package cn.ecopark.flow.formcontract;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The deployed form a user task or start event references (its {@code camunda:formRef}), read inside a running
 * engine command: what the engine would render is what a client may submit. Parsed once per deployed form
 * version; a task or start without a form gets a contract that declares nothing.
 */
public final class FormContracts {

    private static final Map<String, FormContract> BY_FORM_DEFINITION = new ConcurrentHashMap<>();

    private FormContracts() {
    }

    public static FormContract ofTask(TaskEntity task, CommandContext context) {
        if (task.getTaskDefinition() == null || task.getTaskDefinition().getTaskFormHandler() == null) {
            return FormContract.none("task " + task.getId());
        }
        FormData form = context.runWithoutAuthorization(() -> task.getTaskDefinition().getTaskFormHandler().createTaskForm(task));
        return of(form, context, "task " + task.getTaskDefinitionKey());
    }

    /** The form of a task being created or completed, from a listener inside the engine's command. */
    public static FormContract ofTask(DelegateTask task) {
        return ofTask((TaskEntity) task, Context.getCommandContext());
    }

    public static FormContract ofStart(ProcessDefinitionEntity definition, CommandContext context) {
        if (definition.getStartFormHandler() == null) {
            return FormContract.none("process " + definition.getKey());
        }
        FormData form = context.runWithoutAuthorization(() -> definition.getStartFormHandler().createStartFormData(definition));
        return of(form, context, "process " + definition.getKey());
    }

    private static FormContract of(FormData form, CommandContext context, String owner) {
        CamundaFormRef ref = form == null ? null : form.getCamundaFormRef();
        if (ref == null || ref.getKey() == null) {
            return FormContract.none(owner);
        }
        CamundaFormDefinition definition = context.runWithoutAuthorization(new GetCamundaFormDefinitionCmd(ref, form.getDeploymentId()));
        if (definition == null) {
            return FormContract.none(owner);
        }
        return BY_FORM_DEFINITION.computeIfAbsent(definition.getId(), id -> {
            ResourceEntity resource = context.getResourceManager()
                    .findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName());
            return FormContract.parse(new ByteArrayInputStream(resource.getBytes()));
        });
    }
}
