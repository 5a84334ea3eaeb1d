package cn.ecopark.flow.taskops;

import cn.ecopark.flow.web.ApiExceptionHandler;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Where a case's tokens stand and where a step can be started again. A step is started inside the running scope
 * that contains it and the open work (the case itself, or one agency's instance of a parallel review), and only when
 * nothing else runs in that scope: going back past a parallel split while other branches still work would duplicate
 * them. Called as the system.
 */
@Component
class CaseTokens {

    private final RuntimeService runtime;
    private final RepositoryService repository;

    CaseTokens(RuntimeService runtime, RepositoryService repository) {
        this.runtime = runtime;
        this.repository = repository;
    }

    /** Where to start {@code targetKey} again when the activity instances {@code replaced} are cancelled. */
    record Placement(String ancestorInstanceId, List<String> cancel, List<String> rejoin) {
    }

    Placement place(String processInstanceId, String processDefinitionId, String targetKey, String targetName,
                    Collection<String> replacedExecutionIds, String replacedKey) {
        BpmnModelInstance model = repository.getBpmnModelInstance(processDefinitionId);
        ModelElementInstance element = model.getModelElementById(targetKey);
        if (!(element instanceof UserTask target)) {
            throw new ApiExceptionHandler.Conflict("环节「" + targetName + "」已不在本案当前使用的流程版本中，不能退回到该环节");
        }
        String scopeId = target.getParentElement() instanceof SubProcess sub ? sub.getId() : null;

        ActivityInstance root = runtime.getActivityInstance(processInstanceId);
        List<ActivityInstance[]> replacedWithParents = new ArrayList<>();
        collect(root, null, replacedWithParents, replacedExecutionIds, replacedKey);
        if (replacedWithParents.isEmpty()) {
            throw new ApiExceptionHandler.Conflict("案件刚刚发生变化，请刷新后重试");
        }
        ActivityInstance ancestor = scopeId == null ? root : ancestorOf(root, replacedWithParents.get(0)[0], scopeId);
        if (ancestor == null) {
            throw new ApiExceptionHandler.Conflict("环节「" + targetName + "」所在的阶段已经结束，不能直接退回到该环节；"
                    + "请退回到该阶段之前的环节");
        }
        List<String> cancel = replacedWithParents.stream().map(pair -> pair[0].getId()).toList();
        List<String> others = new ArrayList<>();
        leaves(ancestor, others, Set.copyOf(cancel));
        if (!others.isEmpty()) {
            throw new ApiExceptionHandler.Conflict("本案还有其他环节正在并行办理（" + String.join("、", others.stream().distinct().toList())
                    + "），退回到「" + targetName + "」会使其重复办理；请待并行环节办结后再由后续环节退回");
        }
        return new Placement(ancestor.getId(), cancel, rejoin(target));
    }

    /**
     * The other branches of the parallel join right after the target: their opinions stand, so their tokens are put
     * back before the join and it fires again once the target is done.
     */
    private static List<String> rejoin(UserTask target) {
        List<String> siblings = new ArrayList<>();
        Collection<SequenceFlow> outgoing = target.getOutgoing();
        if (outgoing.size() == 1 && outgoing.iterator().next().getTarget() instanceof ParallelGateway join && join.getIncoming().size() > 1) {
            for (SequenceFlow incoming : join.getIncoming()) {
                FlowNode source = incoming.getSource();
                if (!source.getId().equals(target.getId())) {
                    siblings.add(source.getId());
                }
            }
        }
        return siblings;
    }

    private static void collect(ActivityInstance instance, ActivityInstance parent, List<ActivityInstance[]> found,
                                Collection<String> executionIds, String activityId) {
        boolean activity = activityId == null ? instance.getChildActivityInstances().length == 0 : activityId.equals(instance.getActivityId());
        if (activity && instance.getExecutionIds() != null
                && List.of(instance.getExecutionIds()).stream().anyMatch(executionIds::contains)) {
            found.add(new ActivityInstance[]{instance, parent});
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            collect(child, instance, found, executionIds, activityId);
        }
    }

    /** The nearest instance of {@code scopeId} above {@code leaf}, or null when that scope is not running there. */
    private static ActivityInstance ancestorOf(ActivityInstance root, ActivityInstance leaf, String scopeId) {
        List<ActivityInstance> path = new ArrayList<>();
        if (!pathTo(root, leaf.getId(), path)) {
            return null;
        }
        for (int i = path.size() - 1; i >= 0; i--) {
            if (scopeId.equals(path.get(i).getActivityId())) {
                return path.get(i);
            }
        }
        return null;
    }

    private static boolean pathTo(ActivityInstance node, String id, List<ActivityInstance> path) {
        path.add(node);
        if (node.getId().equals(id)) {
            return true;
        }
        for (ActivityInstance child : node.getChildActivityInstances()) {
            if (pathTo(child, id, path)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        return false;
    }

    /** Names of the running leaves under {@code scope}, except the ones to cancel (tokens waiting at a join included). */
    private static void leaves(ActivityInstance scope, List<String> names, Set<String> except) {
        for (ActivityInstance child : scope.getChildActivityInstances()) {
            if (except.contains(child.getId())) {
                continue;
            }
            if (child.getChildActivityInstances().length == 0 && child.getChildTransitionInstances().length == 0) {
                names.add(child.getActivityName() == null || child.getActivityName().isBlank() ? child.getActivityId() : child.getActivityName());
            } else {
                leaves(child, names, except);
            }
        }
        for (var transition : scope.getChildTransitionInstances()) {
            names.add(transition.getActivityName() == null ? transition.getActivityId() : transition.getActivityName());
        }
    }
}
