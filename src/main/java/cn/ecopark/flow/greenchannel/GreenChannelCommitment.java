package cn.ecopark.flow.greenchannel;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 容缺受理: the window accepted the project with non-key documents missing, on the applicant's written
 * commitment to supply them by a deadline. Kept after the case closes: a missed deadline is a fact on record.
 */
public record GreenChannelCommitment(String missingDocuments, String commitmentText, int workingDays,
                                     LocalDate deadline, Instant acceptedAt, String acceptedBy,
                                     Instant suppliedAt, String suppliedDocuments, Instant missedAt) {

    GreenChannelCommitment supplied(Instant at, String documents) {
        return new GreenChannelCommitment(missingDocuments, commitmentText, workingDays, deadline, acceptedAt, acceptedBy,
                at, documents, missedAt);
    }

    GreenChannelCommitment missed(Instant at) {
        return new GreenChannelCommitment(missingDocuments, commitmentText, workingDays, deadline, acceptedAt, acceptedBy,
                suppliedAt, suppliedDocuments, at);
    }

    boolean isOpen() {
        return suppliedAt == null && missedAt == null;
    }
}
