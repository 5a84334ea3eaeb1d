package cn.ecopark.flow.security;

import static cn.ecopark.flow.security.CamundaInternals.read;
import static cn.ecopark.flow.security.CamundaInternals.write;

import cn.ecopark.flow.agency.Agency;
import cn.ecopark.flow.engine.InvalidInput;
import cn.ecopark.flow.formcontract.FormContract;
import cn.ecopark.flow.formcontract.FormContracts;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.AbstractVariableQueryImpl;
import org.camunda.bpm.engine.impl.HistoricTaskInstanceQueryImpl;
import org.camunda.bpm.engine.impl.HistoricVariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableOrderProperty;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.*;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.impl.VariableMapImpl;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The trust boundary inside the engine, so the engine REST API, Tasklist and the Java API are held to the same
 * rules: a person writes only the fields of the form in front of them. For a top-level command of a logged-in
 * user who is not an administrator it
 * <ul>
 * <li>lets a task be completed (complete, submit-form) only by its assignee once claimed, with only the fields its
 * Camunda Form declares: a field the form only shows (disabled or read-only case data) is dropped, any other name is
 * refused with 400 naming it; a start (start, submit-form) takes only the start form's fields, so {@code applicant},
 * {@code caseNo} and the decisions stay the system's;</li>
 * <li>refuses every other variable write (set, patch, remove, batch, message, signal, modification) and every change
 * of a task's own data (due and follow-up date, name, priority, owner, candidates, delegation, BPMN error);</li>
 * <li>lets only a task's assignee or candidates comment on it or attach to it, and takes a claimed task from its
 * assignee for nobody else;</li>
 * <li>refuses the financial side (finsup and the banks) any query that filters or sorts on variable values, which
 * would tell them financing figures without the read audit.</li>
 * </ul>
 * Commands the engine runs inside a command (listeners, delegates, {@link EngineAsSystem}), commands without a
 * logged-in user (jobs, timers) and administrators pass: those are the system writing.
 */
@Component
class EngineCommandGuard extends AbstractProcessEnginePlugin {

    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

    /** Variable writes outside a task's completion. */
    private static final Set<Class<?>> VARIABLE_WRITES = Set.of(SetTaskVariablesCmd.class, SetExecutionVariablesCmd.class,
            RemoveTaskVariablesCmd.class, RemoveExecutionVariablesCmd.class, PatchTaskVariablesCmd.class,
            PatchExecutionVariablesCmd.class, SetVariablesToProcessInstancesBatchCmd.class);

    /** Changes of a task's own data, which the model and the working-day calendar set. */
    private static final Set<Class<?>> TASK_CHANGES = Set.of(SaveTaskCmd.class, SetTaskOwnerCmd.class,
            SetTaskPriorityCmd.class, SetTaskNameCmd.class, SetTaskDescriptionCmd.class, SetTaskDueDateCmd.class,
            SetTaskFollowUpDateCmd.class, DeleteTaskCmd.class, DelegateTaskCmd.class, ResolveTaskCmd.class,
            AddUserIdentityLinkCmd.class, AddGroupIdentityLinkCmd.class, DeleteUserIdentityLinkCmd.class,
            DeleteGroupIdentityLinkCmd.class, HandleTaskBpmnErrorCmd.class, HandleTaskEscalationCmd.class);

    /** Commands that move a case, write its variables or remove records without a task's form: administrators only. */
    private static final Set<Class<?>> ADMIN_ONLY = Set.of(StartProcessInstanceAtActivitiesCmd.class,
            ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class, ProcessInstanceModificationBatchCmd.class,
            RestartProcessInstancesCmd.class, CorrelateMessageCmd.class, CorrelateAllMessageCmd.class,
            MessageEventReceivedCmd.class, SignalEventReceivedCmd.class, SignalCmd.class,
            EvaluateStartConditionCmd.class, DeleteProcessInstanceCmd.class, DeleteProcessInstancesCmd.class,
            CompleteExternalTaskCmd.class, HandleExternalTaskBpmnErrorCmd.class, HandleExternalTaskFailureCmd.class,
            SaveAttachmentCmd.class, DeleteAttachmentCmd.class, DeleteTaskCommentCmd.class,
            DeleteProcessInstanceCommentCmd.class, UpdateCommentCmd.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequired().add(new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                int depth = DEPTH.get();
                DEPTH.set(depth + 1);
                try {
                    if (depth == 0) {
                        check(command);
                    }
                    return next.execute(command);
                } finally {
                    if (depth == 0) {
                        DEPTH.remove();
                    } else {
                        DEPTH.set(depth);
                    }
                }
            }
        });
    }

    static void check(Command<?> command) {
        CommandContext context = Context.getCommandContext();
        Authentication caller = context == null ? null : context.getAuthentication();
        if (caller == null || caller.getUserId() == null || context.getAuthorizationManager().isCamundaAdmin(caller)) {
            return;
        }
        String user = caller.getUserId();
        Class<?> type = command.getClass();
        if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
            TaskEntity task = context.getTaskManager().findTaskById((String) read(command, "taskId"));
            if (task != null) {
                ensureAssigneeOrFree(task, user, "办理");
                if (task.getDelegationState() == org.camunda.bpm.engine.task.DelegationState.PENDING) {
                    // 委派 (taskops): the delegate works on it and hands it back; its owner decides.
                    throw new AuthorizationException("任务“" + task.getName() + "”是" + task.getOwner()
                            + "委派给您的，请在“办理操作”中填写意见并办结委派，由委派人作出办理结论");
                }
                String variablesField = command instanceof CompleteTaskCmd ? "variables" : "properties";
                Map<String, Object> submitted = read(command, variablesField);
                write(command, variablesField, keepDeclared(submitted, FormContracts.ofTask(task, context), "本任务"));
            }
        } else if (command instanceof StartProcessInstanceCmd) {
            ProcessInstantiationBuilderImpl builder = read(command, "instantiationBuilder");
            ProcessDefinitionEntity definition = definition(context, builder.getProcessDefinitionId(), builder.getProcessDefinitionKey());
            if (definition != null && builder.getVariables() != null) {
                VariableMap declared = keepDeclared(builder.getVariables(), FormContracts.ofStart(definition, context), "启动表单");
                builder.getVariables().keySet().retainAll(declared.keySet());
            }
        } else if (command instanceof SubmitStartFormCmd) {
            ProcessDefinitionEntity definition = definition(context, read(command, "processDefinitionId"), null);
            if (definition != null) {
                write(command, "variables", keepDeclared(read(command, "variables"), FormContracts.ofStart(definition, context), "启动表单"));
            }
        } else if (VARIABLE_WRITES.contains(type)) {
            throw new AuthorizationException("不能直接设置、修改或删除流程和任务的变量：变量只能在办理本人的任务时随该任务的表单提交");
        } else if (TASK_CHANGES.contains(type)) {
            throw new AuthorizationException("任务的期限、名称、优先级、负责人和候选人由系统按流程设定，只有管理员可以修改");
        } else if (command instanceof AssignTaskCmd || command instanceof ClaimTaskCmd) {
            TaskEntity task = context.getTaskManager().findTaskById((String) read(command, "taskId"));
            String newAssignee = read(command, "userId");
            // Claiming for oneself a task someone holds is the engine's own conflict (TaskAlreadyClaimedException).
            boolean claimForSelf = command instanceof ClaimTaskCmd && user.equals(newAssignee);
            if (task != null && !claimForSelf) {
                ensureAssigneeOrFree(task, user, "改派");
                ensureMayHold(context, task, user, newAssignee);
            }
        } else if (command instanceof AddCommentCmd || command instanceof CreateAttachmentCmd) {
            ensureWorksOn(context, read(command, "taskId"), caller, command instanceof AddCommentCmd ? "评论" : "附件");
        } else if (ADMIN_ONLY.contains(type)) {
            throw new AuthorizationException("此操作会改变案件的流转或记录，只有管理员可以执行");
        } else if (isFinancialSide(caller)) {
            refuseValueFilters(command);
        }
    }

    private static void ensureAssigneeOrFree(TaskEntity task, String user, String action) {
        String assignee = task.getAssignee();
        if (assignee != null && !assignee.equals(user)) {
            throw new AuthorizationException("任务“" + task.getName() + "”已由“" + assignee + "”认领，只有认领人可以" + action
                    + "；请认领人办理，或由其取消认领后再认领");
        }
    }

    /**
     * A person takes a task for themselves, gives back their own, or hands it to someone who could have claimed it:
     * never to an applicant or another agency, who would then complete it.
     */
    private static void ensureMayHold(CommandContext context, TaskEntity task, String user, String newAssignee) {
        if (newAssignee == null || newAssignee.equals(user) || newAssignee.equals(task.getAssignee())) {
            return;
        }
        if (task.getAssignee() == null) {
            throw new AuthorizationException("只能把任务“" + task.getName() + "”认领给自己");
        }
        List<String> groups = context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider().createGroupQuery()
                .groupMember(newAssignee).list().stream().map(group -> group.getId()).toList());
        if (!isCandidate(task, newAssignee, groups)) {
            throw new AuthorizationException("任务“" + task.getName() + "”只能转给同样可以办理它的人，“" + newAssignee + "”不是它的候选人");
        }
    }

    private static boolean isCandidate(TaskEntity task, String userId, List<String> groups) {
        return task.getIdentityLinks().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .anyMatch(link -> userId.equals(link.getUserId()) || groups.contains(link.getGroupId()));
    }

    /** Comments and attachments belong to the work on a task: its assignee or a candidate writes them, nobody else. */
    private static void ensureWorksOn(CommandContext context, String taskId, Authentication caller, String what) {
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        if (task == null) {
            throw new AuthorizationException("只能为本人办理的任务添加" + what + "，不能直接添加到案件");
        }
        List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        boolean worksOn = caller.getUserId().equals(task.getAssignee()) || isCandidate(task, caller.getUserId(), groups);
        if (!worksOn || task.getAssignee() != null && !caller.getUserId().equals(task.getAssignee())) {
            throw new AuthorizationException("只有任务“" + task.getName() + "”的办理人" + (task.getAssignee() == null ? "或候选部门" : "（" + task.getAssignee() + "）")
                    + "可以为它添加" + what);
        }
    }

    /**
     * The submitted fields the form lets a person fill in. Fields it only shows are dropped: whatever a client sends
     * back for them (form-js leaves them out, other clients echo them in their own formats) never reaches the case.
     */
    private static VariableMap keepDeclared(Map<String, Object> submitted, FormContract form, String whose) {
        VariableMapImpl kept = new VariableMapImpl();
        if (submitted == null) {
            return kept;
        }
        kept.putAll(submitted);
        List<String> undeclared = new ArrayList<>();
        for (String name : List.copyOf(kept.keySet())) {
            if (form.shown().contains(name)) {
                kept.remove(name);
            } else if (!form.editable().contains(name)) {
                undeclared.add(name);
            }
        }
        if (!undeclared.isEmpty()) {
            throw new InvalidInput(undeclared.get(0) + "：" + whose + "的表单" + (form.formId() == null ? "" : "（" + form.formId() + "）")
                    + "没有字段 " + String.join("、", undeclared) + "，不能提交；"
                    + (form.editable().isEmpty() ? "它没有可填写的字段" : "可填写的字段：" + String.join("、", form.editable())));
        }
        return kept;
    }

    private static ProcessDefinitionEntity definition(CommandContext context, String id, String key) {
        var cache = context.getProcessEngineConfiguration().getDeploymentCache();
        if (id != null) {
            return cache.findDeployedProcessDefinitionById(id);
        }
        return key == null ? null : cache.findDeployedLatestProcessDefinitionByKey(key);
    }

    private static boolean isFinancialSide(Authentication caller) {
        return caller.getGroupIds() != null && caller.getGroupIds().stream()
                .anyMatch(group -> Agency.byGroupId(group).map(Agency::financial).orElse(false));
    }

    /**
     * A query that filters or sorts on variable values answers "is this project's loan below X?" one question at a
     * time, without ever reading a variable: the read audit cannot see it, so the financial side may not ask it.
     */
    static void refuseValueFilters(Command<?> command) {
        if (command instanceof AbstractExecuteFilterCmd) {
            Object extending = read(command, "extendingQuery");
            if (extending instanceof Command<?> query) {
                refuseValueFilters(query);
            }
            return;
        }
        if (!(command instanceof Query<?, ?>) || !filtersOrSortsOnValues(command)) {
            return;
        }
        throw new AuthorizationException("地方金融监管局和金融机构不能按变量的值查询或排序（taskVariables、processVariables、"
                + "variableValues 等）：项目的融资数据只能在本机构的任务中查看，每次查看都记入审计");
    }

    private static boolean filtersOrSortsOnValues(Object query) {
        if (query instanceof ListQueryParameterObject parameters && parameters.getOrderingProperties().stream()
                .anyMatch(EngineCommandGuard::byVariable)) {
            return true;
        }
        if (query instanceof TaskQueryImpl task) {
            return !task.getVariables().isEmpty() || task.getQueries().stream()
                    .filter(or -> or != task).anyMatch(EngineCommandGuard::filtersOrSortsOnValues);
        }
        if (query instanceof HistoricTaskInstanceQueryImpl task) {
            return !task.getVariables().isEmpty() || task.getQueries().stream()
                    .filter(or -> or != task).anyMatch(EngineCommandGuard::filtersOrSortsOnValues);
        }
        if (query instanceof HistoricVariableInstanceQueryImpl variables) {
            return read(variables, "queryVariableValue") != null;
        }
        if (query instanceof AbstractVariableQueryImpl<?, ?> variables) {
            return !variables.getQueryVariableValues().isEmpty();
        }
        return false;
    }

    private static boolean byVariable(QueryOrderingProperty property) {
        return property instanceof VariableOrderProperty || property.getRelation() != null
                && Objects.equals(property.getRelation(), QueryOrderingProperty.RELATION_VARIABLE);
    }




    static Collection<Class<?>> refusedOutright() {
        List<Class<?>> all = new ArrayList<>(VARIABLE_WRITES);
        all.addAll(TASK_CHANGES);
        all.addAll(ADMIN_ONLY);
        return all;
    }
}
