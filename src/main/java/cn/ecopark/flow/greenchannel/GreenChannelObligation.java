package cn.ecopark.flow.greenchannel;

/** A condition of the approval that the investor must meet: from an agency's 附条件同意 or the joint reply. */
public record GreenChannelObligation(String agency, ConditionSubject subject, String text) {
}
