package cn.ecopark.flow.attachment;

import java.time.Instant;

/** An uploaded document's description (its content is read only when someone downloads it). */
public record Attachment(long id, String caseType, String caseNo, String fileName, String contentType, long sizeBytes,
                         String sha256, String uploadedBy, Instant uploadedAt) {
}
