package cn.ecopark.flow.timelimit;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** 催办 and 延期 on a task, for Tasklist's task panel and other clients. */
@RestController
@RequestMapping("/api/tasks/{taskId}")
class TaskTimeApi {

    private final TaskTimeOperations operations;

    TaskTimeApi(TaskTimeOperations operations) {
        this.operations = operations;
    }

    record UrgeBody(String comment) {
    }

    record ExtensionBody(Integer workingDays, String reason) {
    }

    record DecisionBody(Boolean grant, String comment) {
    }

    @PostMapping("/urge")
    @ResponseStatus(HttpStatus.CREATED)
    TaskTimeOperations.Urge urge(@PathVariable String taskId, @RequestBody(required = false) UrgeBody body) {
        return operations.urge(taskId, body == null ? null : body.comment());
    }

    @PostMapping("/extensions")
    @ResponseStatus(HttpStatus.CREATED)
    TaskExtension requestExtension(@PathVariable String taskId, @RequestBody(required = false) ExtensionBody body) {
        return operations.requestExtension(taskId, body == null ? null : body.workingDays(), body == null ? null : body.reason());
    }

    @GetMapping("/extensions")
    List<TaskExtension> extensions(@PathVariable String taskId) {
        return operations.extensionsOf(taskId);
    }

    @PostMapping("/extensions/{extensionId}/decision")
    TaskExtension decide(@PathVariable String taskId, @PathVariable long extensionId, @RequestBody(required = false) DecisionBody body) {
        return operations.decideExtension(taskId, extensionId, body == null ? null : body.grant(), body == null ? null : body.comment());
    }
}
