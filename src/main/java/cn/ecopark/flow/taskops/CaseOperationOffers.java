package cn.ecopark.flow.taskops;

import cn.ecopark.flow.casefile.CaseFile;
import org.camunda.bpm.engine.impl.identity.Authentication;

import java.util.Map;

/**
 * A case-wide operation that lives in another module (中止/恢复/终止, 加签/减签, deciding 延期) adds what the caller may
 * do to the 办理操作 page's answer, under its own key. Each implementation computes its flags with the same rights check
 * its endpoint uses, so the page never offers what the endpoint would refuse for want of a right.
 */
public interface CaseOperationOffers {

    void offer(CaseFile file, Authentication caller, Map<String, Object> answer);
}
