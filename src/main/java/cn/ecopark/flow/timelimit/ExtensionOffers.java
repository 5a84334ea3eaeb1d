package cn.ecopark.flow.timelimit;

import cn.ecopark.flow.casefile.CaseFile;
import cn.ecopark.flow.security.EngineAsSystem;
import cn.ecopark.flow.taskops.CaseOperationOffers;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pending 延期 requests on the case's open tasks, for the 办理操作 page of whoever may decide them
 * ({@link TaskTimeOperations#decides}); a request of the caller's own, or on a suspended case, is listed but not decidable.
 */
@Component
class ExtensionOffers implements CaseOperationOffers {

    private final TaskService tasks;
    private final TaskExtensions extensions;
    private final EngineAsSystem engine;

    ExtensionOffers(TaskService tasks, TaskExtensions extensions, EngineAsSystem engine) {
        this.tasks = tasks;
        this.extensions = extensions;
        this.engine = engine;
    }

    @Override
    public void offer(CaseFile file, Authentication caller, Map<String, Object> answer) {
        if (file.closed() || !TaskTimeOperations.decides(caller, file.caseType())) {
            return;
        }
        List<Task> open = engine.call(() -> tasks.createTaskQuery().processInstanceId(file.processInstanceId()).list());
        List<Map<String, Object>> pending = new ArrayList<>();
        for (Task task : open) {
            extensions.ofTask(task.getId()).stream().filter(e -> e.status() == TaskExtension.Status.PENDING).forEach(e -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", e.id());
                row.put("taskId", task.getId());
                row.put("taskName", task.getName());
                row.put("workingDays", e.workingDays());
                row.put("reason", e.reason());
                row.put("requestedBy", e.requestedBy());
                row.put("requestedAt", e.requestedAt());
                row.put("dueAt", e.oldDueAt());
                row.put("ownRequest", caller.getUserId().equals(e.requestedBy()));
                row.put("mayDecide", !task.isSuspended() && !caller.getUserId().equals(e.requestedBy()));
                pending.add(row);
            });
        }
        answer.put("extensions", pending);
    }
}
