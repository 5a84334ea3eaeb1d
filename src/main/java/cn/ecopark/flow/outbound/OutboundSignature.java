package cn.ecopark.flow.outbound;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * How a delivery is signed: {@code X-Ecopark-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">} with the
 * endpoint's secret, where timestamp is the {@code X-Ecopark-Timestamp} header (epoch seconds). Signing the
 * timestamp with the body lets a receiver refuse an old message replayed with a fresh header.
 */
public final class OutboundSignature {

    public static final String SIGNATURE_HEADER = "X-Ecopark-Signature";
    public static final String TIMESTAMP_HEADER = "X-Ecopark-Timestamp";
    public static final String EVENT_ID_HEADER = "X-Ecopark-Event-Id";
    public static final String EVENT_TYPE_HEADER = "X-Ecopark-Event-Type";

    private OutboundSignature() {
    }

    public static String sign(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
