package cn.ecopark.flow.redeploy;

import cn.ecopark.flow.agency.Agency;
import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.agency.StaffGroup;
import cn.ecopark.flow.approval.Outcome;
import cn.ecopark.flow.engine.JointReviewRule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The house rules every model must follow before it is deployed, by whatever route (Camunda Modeler through the
 * engine REST API, the Java API, the start-up deployment of processes/ and forms/). One rule set: the deployment
 * validator runs it, and {@code ModelConventionsTests} runs it on the files in the repository.
 *
 * <p>The rules are conventions, not a list of today's files: kebab-case process keys named like their file,
 * camelCase element ids, Chinese names, a diagram shape for every element (the Modeler opens it as drawn),
 * {@code historyTimeToLive} on every process and decision, gateways that route on decisions, every user task
 * offered to a known agency, city or the applicants (or to a variable the system sets, {@code ${cityGroup}}),
 * with a form that resolves and whose decision options are the step's {@code outcomes}, every delegate a Spring
 * bean that exists, every decision reference deployed. XML with a DOCTYPE (external entities) is refused unread.
 */
public final class ModelRules {

    /** What lies outside the deployment: what earlier deployments hold and which Spring beans exist. */
    public interface Surroundings {
        /** The JSON of a form deployed earlier under this key (binding "latest", or a version), if any. */
        Optional<String> earlierForm(String key, Integer version);

        /** Whether a decision was deployed earlier under this key (latest, or the version). */
        boolean earlierDecision(String key, Integer version);

        boolean beanExists(String name);

        /** Nothing deployed earlier, every bean present: the repository's files on their own. */
        Surroundings FILES_ONLY = new Surroundings() {
            @Override
            public Optional<String> earlierForm(String key, Integer version) {
                return Optional.empty();
            }

            @Override
            public boolean earlierDecision(String key, Integer version) {
                return false;
            }

            @Override
            public boolean beanExists(String name) {
                return true;
            }
        };
    }

    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    private static final Pattern PROCESS_KEY = Pattern.compile("[a-z]+(-[a-z]+)*");
    private static final Pattern ELEMENT_ID = Pattern.compile("[a-z][a-zA-Z0-9]*");
    private static final Pattern CHINESE = Pattern.compile(".*\\p{IsHan}.*", Pattern.DOTALL);
    /** A gateway routes on a decision (a person's or a table's), never computes a rule itself. */
    private static final Pattern CONDITION = Pattern.compile("\\$\\{!?[a-zA-Z]+( == '[A-Z_]+')?}");
    /** A variable the system sets (e.g. ${cityGroup}); no method calls, no operators. */
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([a-zA-Z][a-zA-Z0-9]*)}");
    /** Names an expression reads from the engine itself, not from Spring. */
    private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "variables", "decisionResult");
    private static final Pattern BEAN_CALL = Pattern.compile("\\$\\{([a-zA-Z][a-zA-Z0-9]*)\\.[a-zA-Z]+\\(");
    private static final Pattern CONDITION_VARIABLE = Pattern.compile("\\$\\{!?([a-zA-Z]+)");

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelRules() {
    }

    /** Group ids a user task may be offered to by name: the nine agencies, the 16 cities, the applicants. */
    public static Set<String> knownGroups() {
        Set<String> groups = new HashSet<>();
        Arrays.stream(Agency.values()).map(Agency::groupId).forEach(groups::add);
        Arrays.stream(City.values()).map(City::groupId).forEach(groups::add);
        groups.add(StaffGroup.APPLICANTS);
        return groups;
    }

    /** Every problem of the deployment's resources (name → content), in resource order; empty when it may deploy. */
    public static List<ModelProblem> check(Map<String, byte[]> resources, Surroundings surroundings) {
        List<ModelProblem> problems = new ArrayList<>();
        Map<String, JsonNode> forms = new HashMap<>();
        Set<String> decisions = new HashSet<>();
        Map<String, Document> bpmn = new LinkedHashMap<>();

        for (Map.Entry<String, byte[]> resource : resources.entrySet()) {
            String name = resource.getKey();
            if (name.endsWith(".form")) {
                readForm(name, resource.getValue(), forms, problems);
            } else if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
                Document dom = safeXml(name, resource.getValue(), problems);
                if (dom != null) {
                    checkDmn(name, resource.getValue(), decisions, problems);
                }
            } else if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
                Document dom = safeXml(name, resource.getValue(), problems);
                if (dom != null) {
                    bpmn.put(name, dom);
                }
            } else if (name.endsWith(".xml") || name.endsWith(".cmmn")) {
                safeXml(name, resource.getValue(), problems);
            }
        }
        for (Map.Entry<String, Document> model : bpmn.entrySet()) {
            new BpmnCheck(model.getKey(), resources.get(model.getKey()), model.getValue(), forms, decisions, surroundings, problems).run();
        }
        return problems;
    }

    /** Parses with DOCTYPE and external entities off: an XXE model is refused before anything reads it. */
    private static Document safeXml(String name, byte[] content, List<ModelProblem> problems) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new ByteArrayInputStream(content));
        } catch (SAXException e) {
            String message = String.valueOf(e.getMessage());
            problems.add(new ModelProblem(name, null, message.contains("DOCTYPE")
                    ? "含有 DOCTYPE 声明（可引入外部实体，XXE），出于安全原因拒绝"
                    : "不是格式正确的 XML：" + message));
            return null;
        } catch (IOException | ParserConfigurationException e) {
            problems.add(new ModelProblem(name, null, "无法读取：" + e.getMessage()));
            return null;
        }
    }

    private static void readForm(String name, byte[] content, Map<String, JsonNode> forms, List<ModelProblem> problems) {
        JsonNode form;
        try {
            form = JSON.readTree(content);
        } catch (IOException e) {
            problems.add(new ModelProblem(name, null, "表单不是合法的 JSON：" + e.getMessage()));
            return;
        }
        String id = form.path("id").asText("");
        if (id.isBlank()) {
            problems.add(new ModelProblem(name, null, "表单缺少 id（流程用 camunda:formRef 引用它）"));
            return;
        }
        if (forms.put(id, form) != null) {
            problems.add(new ModelProblem(name, id, "本次部署中有两个表单的 id 都是 " + id));
        }
        Set<String> seen = new HashSet<>();
        for (String componentId : form.findValuesAsText("id")) {
            if (!seen.add(componentId)) {
                problems.add(new ModelProblem(name, componentId, "表单组件 id 重复"));
            }
        }
    }

    private static void checkDmn(String name, byte[] content, Set<String> decisions, List<ModelProblem> problems) {
        DmnModelInstance model;
        try {
            model = Dmn.readModelFromStream(new ByteArrayInputStream(content));
        } catch (RuntimeException e) {
            problems.add(new ModelProblem(name, null, "DMN 解析失败：" + rootMessage(e)));
            return;
        }
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            decisions.add(decision.getId());
            if (blank(decision.getCamundaHistoryTimeToLiveString())) {
                problems.add(new ModelProblem(name, decision.getId(), "决策表未设置 historyTimeToLive（历史保留期）"));
            }
        }
    }

    /** The decision options a form offers: the values of its component keyed {@code decision}. */
    public static List<String> decisionOptions(JsonNode form) {
        List<String> options = new ArrayList<>();
        form.findParents("key").stream().filter(c -> "decision".equals(c.path("key").asText()))
                .forEach(c -> c.path("values").forEach(v -> options.add(v.path("value").asText())));
        return options;
    }

    private static final class BpmnCheck {
        private final String name;
        private final byte[] content;
        private final Document dom;
        private final Map<String, JsonNode> forms;
        private final Set<String> decisions;
        private final Surroundings surroundings;
        private final List<ModelProblem> problems;
        /** Field keys of the forms the model references: a gateway may route on what a form declares. */
        private final Set<String> formFields = new HashSet<>();

        BpmnCheck(String name, byte[] content, Document dom, Map<String, JsonNode> forms, Set<String> decisions,
                  Surroundings surroundings, List<ModelProblem> problems) {
            this.name = name;
            this.content = content;
            this.dom = dom;
            this.forms = forms;
            this.decisions = decisions;
            this.surroundings = surroundings;
            this.problems = problems;
        }

        void problem(String elementId, String message) {
            problems.add(new ModelProblem(name, elementId, message));
        }

        void run() {
            BpmnModelInstance model;
            try {
                model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
                Bpmn.validateModel(model);
            } catch (RuntimeException e) {
                problem(null, "BPMN 解析失败：" + rootMessage(e));
                return;
            }
            processes(model);
            elements(model);
            conditions(model);
            startForms(model);
            userTasks(model);
            routedVariablesShown(model);
            jointReviews(model);
            decisionReferences(model);
            delegates();
        }

        private void processes(BpmnModelInstance model) {
            String fileName = name.substring(name.lastIndexOf('/') + 1);
            for (Process process : model.getModelElementsByType(Process.class)) {
                String key = process.getId();
                if (!PROCESS_KEY.matcher(key).matches()) {
                    problem(key, "流程键须为英文小写短横线格式（如 park-application）");
                }
                if (!fileName.equals(key + ".bpmn")) {
                    problem(key, "文件名须与流程键一致：" + key + ".bpmn（现为 " + fileName + "）");
                }
                if (process.getName() == null || !CHINESE.matcher(process.getName()).matches()) {
                    problem(key, "流程须有中文名称");
                }
                if (blank(process.getCamundaHistoryTimeToLiveString())) {
                    problem(key, "流程未设置 historyTimeToLive（历史保留期）");
                }
            }
        }

        private void elements(BpmnModelInstance model) {
            Set<String> drawn = new HashSet<>();
            model.getModelElementsByType(BpmnShape.class).forEach(s -> {
                if (s.getBpmnElement() != null) {
                    drawn.add(s.getBpmnElement().getId());
                }
            });
            model.getModelElementsByType(BpmnEdge.class).forEach(e -> {
                if (e.getBpmnElement() != null) {
                    drawn.add(e.getBpmnElement().getId());
                }
            });
            for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
                String id = element.getId();
                if (id == null || !ELEMENT_ID.matcher(id).matches()) {
                    problem(id, "元素 id 须为英文小驼峰（如 cityPreReview）");
                }
                if (!drawn.contains(id)) {
                    problem(id, "流程图中缺少该元素的图形（BPMN DI），Modeler 无法按原样打开");
                }
                if (element instanceof FlowNode node && !(element instanceof Gateway)
                        && (node.getName() == null || !CHINESE.matcher(node.getName()).matches())) {
                    problem(id, "环节须有中文名称");
                }
            }
        }

        private void conditions(BpmnModelInstance model) {
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                if (flow.getConditionExpression() != null
                        && !CONDITION.matcher(flow.getConditionExpression().getTextContent().strip()).matches()) {
                    problem(flow.getId(), "网关条件只能读取一个决定（如 ${cityPreReviewDecision == 'PASS'}），规则写在 DMN 决策表中");
                }
            }
        }

        private void startForms(BpmnModelInstance model) {
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getCamundaFormRef() != null) {
                    form(start.getId(), start.getCamundaFormRef(), start.getCamundaFormRefBinding(), start.getCamundaFormRefVersion());
                }
            }
        }

        private void userTasks(BpmnModelInstance model) {
            Set<String> groups = knownGroups();
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String id = task.getId();
                String candidateGroups = task.getCamundaCandidateGroups();
                if (!blank(candidateGroups)) {
                    for (String group : candidateGroups.split(",")) {
                        String g = group.strip();
                        if (!groups.contains(g) && !VARIABLE.matcher(g).matches()) {
                            problem(id, "未知的候选组“" + g + "”：须为九个省级部门、16个设区市（city-…）、applicants 之一，或系统设置的变量（如 ${cityGroup}）");
                        }
                    }
                }
                List<String> outcomes = outcomes(id, task);
                String formRef = task.getCamundaFormRef();
                if (blank(formRef)) {
                    problem(id, "用户任务须用 camunda:formRef 引用一个 Camunda 表单");
                    continue;
                }
                JsonNode form = form(id, formRef, task.getCamundaFormRefBinding(), task.getCamundaFormRefVersion());
                if (form != null && outcomes != null) {
                    List<String> options = decisionOptions(form);
                    if (!new HashSet<>(options).equals(new HashSet<>(outcomes)) || options.size() != outcomes.size()) {
                        problem(id, "表单 " + formRef + " 的办理结论选项 " + options + " 与环节的 outcomes " + outcomes + " 不一致");
                    }
                }
            }
        }

        /**
         * Every joint review declares its rule ({@link JointReviewRule}): a parallel multi-instance on its element, with
         * the completion condition that reads it; a summary by {@code joint-review-outcome} on its task, and only
         * {@code ALL}, since that table is 会签 (it waits for all three opinions, any 不同意 decides).
         */
        private void jointReviews(BpmnModelInstance model) {
            for (MultiInstanceLoopCharacteristics loop : model.getModelElementsByType(MultiInstanceLoopCharacteristics.class)) {
                if (loop.isSequential() || !(loop.getParentElement() instanceof Activity activity)) {
                    continue;
                }
                JointReviewRule rule = jointReviewRule(activity);
                String expected = "${jointReviewRule.reached(execution, '" + activity.getId() + "')}";
                if (rule != null && (loop.getCompletionCondition() == null
                        || !expected.equals(loop.getCompletionCondition().getTextContent().strip()))) {
                    problem(activity.getId(), "并行多实例（联合审查）的完成条件须为 " + expected + "，由声明的规则决定");
                }
            }
            for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
                if ("joint-review-outcome".equals(task.getCamundaDecisionRef())) {
                    JointReviewRule rule = jointReviewRule(task);
                    if (rule != null && rule.kind() != JointReviewRule.Kind.ALL) {
                        problem(task.getId(), "决策表 joint-review-outcome 只实现会签（ALL），不能声明 " + rule.text());
                    }
                }
            }
        }

        private JointReviewRule jointReviewRule(BaseElement element) {
            Optional<String> declared = JointReviewRule.declaredOn(element);
            if (declared.isEmpty()) {
                problem(element.getId(), "联合审查须声明扩展属性 " + JointReviewRule.PROPERTY + "（ALL 会签、ANY 或签或 SHARE:n/d 按比例）");
                return null;
            }
            try {
                return JointReviewRule.parse(declared.get());
            } catch (IllegalArgumentException e) {
                problem(element.getId(), e.getMessage());
                return null;
            }
        }

        /** The step's declared outcomes, each a known code; null (with a problem) when missing. */
        private List<String> outcomes(String id, UserTask task) {
            List<String> values = task.getExtensionElements() == null ? List.of()
                    : task.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                    .flatMap(p -> p.getCamundaProperties().stream())
                    .filter(p -> "outcomes".equals(p.getCamundaName()))
                    .map(CamundaProperty::getCamundaValue)
                    .toList();
            if (values.isEmpty() || blank(values.get(0))) {
                problem(id, "用户任务须声明扩展属性 outcomes（表单提供的办理结论，如 PASS,REJECT）");
                return null;
            }
            List<String> codes = Arrays.stream(values.get(0).split(",")).map(String::strip).toList();
            for (String code : codes) {
                if (Outcome.parse(code).isEmpty()) {
                    problem(id, "未知的办理结论 " + code);
                }
            }
            return codes;
        }

        /** The referenced form's JSON, or null with a problem when it resolves neither here nor earlier. */
        private JsonNode form(String elementId, String formRef, String binding, String version) {
            if (formRef.contains("${") || formRef.contains("#{")) {
                return null; // chosen at run time; nothing to resolve now
            }
            JsonNode here = forms.get(formRef);
            if (here != null) {
                collectFieldKeys(here, formFields);
                return here;
            }
            if ("deployment".equals(binding)) {
                problem(elementId, "表单 " + formRef + " 须在同一部署中（formRefBinding=deployment）");
                return null;
            }
            Integer wanted = "version".equals(binding) ? parseVersion(version) : null;
            Optional<String> earlier = surroundings.earlierForm(formRef, wanted);
            if (earlier.isEmpty()) {
                problem(elementId, "找不到表单 " + formRef + (wanted == null ? "" : " 第" + wanted + "版")
                        + "：既不在本次部署中，也未曾部署");
                return null;
            }
            try {
                JsonNode earlierForm = JSON.readTree(earlier.get());
                collectFieldKeys(earlierForm, formFields);
                return earlierForm;
            } catch (IOException e) {
                return null;
            }
        }

        private static void collectFieldKeys(JsonNode node, Set<String> keys) {
            if (node.isObject() && node.hasNonNull("key") && node.get("key").isTextual()) {
                keys.add(node.get("key").asText());
            }
            node.elements().forEachRemaining(child -> collectFieldKeys(child, keys));
        }

        /**
         * A gateway may only route on a variable whose source Modeler shows: a step's output mapping (Inputs/Outputs
         * tab, e.g. {@code cityPreReviewDecision = ${decision}}), the result variable of a business-rule task or of a
         * service task's expression, or a field of a form the model references. Renaming a task id in Modeler then
         * cannot silently break routing.
         */
        private void routedVariablesShown(BpmnModelInstance model) {
            Set<String> shown = new HashSet<>(formFields);
            model.getModelElementsByType(CamundaOutputParameter.class).forEach(p -> shown.add(p.getCamundaName()));
            model.getModelElementsByType(BusinessRuleTask.class).forEach(t -> shown.add(t.getCamundaResultVariable()));
            model.getModelElementsByType(ServiceTask.class).forEach(t -> shown.add(t.getCamundaResultVariable()));
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                if (flow.getConditionExpression() == null) {
                    continue;
                }
                Matcher read = CONDITION_VARIABLE.matcher(flow.getConditionExpression().getTextContent().strip());
                if (read.lookingAt() && !shown.contains(read.group(1))) {
                    problem(flow.getId(), "网关条件读取的变量 " + read.group(1) + " 在模型中看不到来源：请在设置它的环节用输出映射"
                            + "（Inputs/Outputs，如 " + read.group(1) + " = ${decision}）、业务规则任务或服务任务的结果变量写出它");
                }
            }
        }

        private void decisionReferences(BpmnModelInstance model) {
            for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
                String ref = task.getCamundaDecisionRef();
                if (blank(ref)) {
                    continue; // a delegate or expression does the work; checked below
                }
                if (ref.contains("${") || ref.contains("#{") || decisions.contains(ref)) {
                    continue;
                }
                String binding = task.getCamundaDecisionRefBinding();
                if ("deployment".equals(binding)) {
                    problem(task.getId(), "决策表 " + ref + " 须在同一部署中（decisionRefBinding=deployment）");
                    continue;
                }
                Integer wanted = "version".equals(binding) ? parseVersion(task.getCamundaDecisionRefVersion()) : null;
                if (!surroundings.earlierDecision(ref, wanted)) {
                    problem(task.getId(), "找不到决策表 " + ref + (wanted == null ? "" : " 第" + wanted + "版")
                            + "：既不在本次部署中，也未曾部署");
                }
            }
        }

        /** Every camunda:delegateExpression (tasks, listeners, event definitions) names an existing Spring bean. */
        private void delegates() {
            NodeList all = dom.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element element = (Element) all.item(i);
                // camunda:delegateExpression on BPMN elements; a plain attribute on camunda:taskListener and the like.
                String expression = CAMUNDA_NS.equals(element.getNamespaceURI()) ? element.getAttribute("delegateExpression")
                        : element.getAttributeNS(CAMUNDA_NS, "delegateExpression");
                if (expression.isEmpty()) {
                    beanOfExpression(element);
                    continue;
                }
                Matcher bean = VARIABLE.matcher(expression.strip());
                if (!bean.matches()) {
                    problem(owningId(element), "委托须写成 ${beanName}（一个 Spring bean），而不是 " + expression);
                } else if (!surroundings.beanExists(bean.group(1))) {
                    problem(owningId(element), "委托 " + expression + " 指向的 Spring bean “" + bean.group(1) + "”不存在");
                }
            }
        }

        /**
         * A service task's {@code camunda:expression} that calls a bean ({@code ${checkGreenChannelEligibility.check(execution)}},
         * whose result variable a gateway routes on) names a Spring bean that exists, as a delegate expression must.
         */
        private void beanOfExpression(Element element) {
            if (CAMUNDA_NS.equals(element.getNamespaceURI())) {
                return; // listeners' plain expressions are checked by the engine when they run
            }
            Matcher call = BEAN_CALL.matcher(element.getAttributeNS(CAMUNDA_NS, "expression").strip());
            if (call.lookingAt() && !ENGINE_NAMES.contains(call.group(1)) && !surroundings.beanExists(call.group(1))) {
                problem(owningId(element), "表达式 " + element.getAttributeNS(CAMUNDA_NS, "expression") + " 调用的 Spring bean “"
                        + call.group(1) + "”不存在");
            }
        }

        private static String owningId(Element element) {
            for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
                if (!e.getAttribute("id").isEmpty()) {
                    return e.getAttribute("id");
                }
            }
            return null;
        }

        private Integer parseVersion(String version) {
            try {
                return version == null ? null : Integer.valueOf(version.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String rootMessage(Throwable e) {
        List<String> messages = Stream.iterate(e, t -> t != null, Throwable::getCause)
                .map(Throwable::getMessage).filter(m -> m != null && !m.isBlank()).collect(Collectors.toList());
        return messages.isEmpty() ? e.getClass().getSimpleName() : messages.get(messages.size() - 1);
    }
}
