package cn.ecopark.flow.casefile;

/**
 * A reason beyond the engine's authorizations for a person to read a case (e.g. a read-only copy sent to them, see
 * taskops.CarbonCopies). Banks and financial supervision stay excluded by whoever implements it.
 */
public interface CaseReadGrant {

    boolean mayRead(String userId, CaseFile file);
}
