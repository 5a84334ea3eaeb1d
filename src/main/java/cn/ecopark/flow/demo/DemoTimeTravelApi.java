package cn.ecopark.flow.demo;

import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.casefile.CaseFile;
import cn.ecopark.flow.casefile.CaseFiles;
import cn.ecopark.flow.security.EngineAsSystem;
import cn.ecopark.flow.web.ApiExceptionHandler;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Demo time travel: an administrator of the embedded demo fires a case's next timer (公示期满, a reminder, a
 * rectification deadline) now, so a newcomer sees a whole case in minutes instead of waiting seven days. The
 * timer runs exactly as the job executor would run it (as the system, not as the admin). Production (the
 * {@code mysql} profile) turns it off: there a timer is a legal period and nobody may shorten it.
 */
@RestController
@RequestMapping("/api/demo")
class DemoTimeTravelApi {

    private final CaseFiles caseFiles;
    private final ManagementService management;
    private final RepositoryService repository;
    private final EngineAsSystem engine;
    private final boolean enabled;

    DemoTimeTravelApi(CaseFiles caseFiles, ManagementService management, RepositoryService repository,
                      EngineAsSystem engine, @Value("${ecopark.demo.time-travel:false}") boolean enabled) {
        this.caseFiles = caseFiles;
        this.management = management;
        this.repository = repository;
        this.engine = engine;
        this.enabled = enabled;
    }

    @PostMapping("/cases/{caseNo}/next-timer")
    Map<String, Object> fireNextTimer(@PathVariable String caseNo) {
        if (!enabled) {
            throw new ApiExceptionHandler.Rejected(HttpStatus.FORBIDDEN,
                    "演示时间快进只在内置演示环境可用；生产配置（mysql）中定时器是法定期限，不能快进");
        }
        if (!engine.callerIsIn(StaffGroup.ADMINS)) {
            throw new ApiExceptionHandler.Rejected(HttpStatus.FORBIDDEN, "只有系统管理员可以快进演示案卷的定时器");
        }
        CaseFile file = caseFiles.byCaseNo(caseNo)
                .orElseThrow(() -> new ApiExceptionHandler.NotFound("没有编号为 " + caseNo + " 的案卷"));
        List<Job> timers = engine.call(() -> management.createJobQuery().processInstanceId(file.processInstanceId())
                .timers().orderByJobDuedate().asc().list());
        if (timers.isEmpty()) {
            throw new ApiExceptionHandler.Conflict("案卷 " + file.caseNo() + " 当前没有等待中的定时器");
        }
        Job next = timers.get(0);
        String timerName = engine.call(() -> timerName(next));
        engine.run(() -> management.executeJob(next.getId()));

        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("caseNo", file.caseNo());
        answer.put("timer", timerName);
        answer.put("wasDue", next.getDuedate());
        answer.put("timersLeft", engine.call(() -> management.createJobQuery()
                .processInstanceId(file.processInstanceId()).timers().count()));
        return answer;
    }

    /** The timer's name as the diagram shows it (e.g. 公示期满), else its element id. */
    private String timerName(Job job) {
        JobDefinition definition = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult();
        if (definition == null) {
            return "";
        }
        FlowElement element = repository.getBpmnModelInstance(job.getProcessDefinitionId())
                .getModelElementById(definition.getActivityId());
        return element != null && element.getName() != null ? element.getName() : definition.getActivityId();
    }
}
