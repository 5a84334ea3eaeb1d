package cn.ecopark.flow.redeploy;

import org.camunda.bpm.engine.BadUserRequestException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A deployment broke the house rules and was refused whole: nothing of it is deployed. A bad request (HTTP 400
 * even where our own mapping is missing); {@link ModelsRefusedRestMapping} answers the engine REST API with every
 * problem and its element id.
 */
public class ModelsRefused extends BadUserRequestException {

    private final transient List<ModelProblem> problems;

    public ModelsRefused(List<ModelProblem> problems) {
        super("模型未通过部署校验，整个部署已拒绝（" + problems.size() + "个问题）：\n"
                + problems.stream().map(ModelProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ModelProblem> problems() {
        return problems;
    }
}
