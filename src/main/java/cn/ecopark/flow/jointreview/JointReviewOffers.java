package cn.ecopark.flow.jointreview;

import cn.ecopark.flow.agency.Agency;
import cn.ecopark.flow.casecontrol.CaseControl;
import cn.ecopark.flow.casefile.CaseFile;
import cn.ecopark.flow.greenchannel.GreenChannelReviewers;
import cn.ecopark.flow.security.EngineAsSystem;
import cn.ecopark.flow.taskops.CaseOperationOffers;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 加签 and 减签 on the 办理操作 page: offered to whoever {@link JointReviewMembers} would let change the members of a
 * running green-channel agency review, with the agencies reviewing now (减签) and the others that could join (加签).
 */
@Component
class JointReviewOffers implements CaseOperationOffers {

    private final CaseControl control;
    private final GreenChannelReviewers greenChannel;
    private final EngineAsSystem engine;

    JointReviewOffers(CaseControl control, GreenChannelReviewers greenChannel, EngineAsSystem engine) {
        this.control = control;
        this.greenChannel = greenChannel;
        this.engine = engine;
    }

    @Override
    public void offer(CaseFile file, Authentication caller, Map<String, Object> answer) {
        if (!JointReviewMembers.changeable(file.caseType()) || !control.workable(caller, file)) {
            return;
        }
        Optional<List<String>> reviewing = engine.call(() -> greenChannel.reviewing(file.processInstanceId()));
        if (reviewing.isEmpty()) {
            return;
        }
        List<Agency> candidates = Arrays.stream(Agency.values()).filter(a -> !a.financial()).toList();
        answer.put("jointReview", Map.of(
                "reviewing", candidates.stream().filter(a -> reviewing.get().contains(a.groupId())).map(JointReviewOffers::row).toList(),
                "addable", candidates.stream().filter(a -> !reviewing.get().contains(a.groupId())).map(JointReviewOffers::row).toList()));
    }

    private static Map<String, String> row(Agency agency) {
        return Map.of("agency", agency.groupId(), "name", agency.shortName());
    }
}
