package cn.ecopark.flow.casefile;

/**
 * Another module's say in how a case reads, whatever its workflow: case control closes a terminated case as 已终止 and
 * marks a suspended one. Case files stay unaware of who amends them (no dependency back on those modules).
 */
public interface CaseFileAmendment {

    CaseFile amend(CaseFile file);
}
