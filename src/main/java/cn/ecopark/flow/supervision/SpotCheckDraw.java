package cn.ecopark.flow.supervision;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The spot-check sample of one review batch (复查批次: the parks whose re-inspection falls due in one month).
 * Ecology's share of the batch is drawn once, reproducibly: the seed is the first 8 bytes of SHA-256 of
 * "biennial-review/yyyy-MM", the candidates are sorted by park id and shuffled with {@code java.util.Random(seed)}
 * ({@link Collections#shuffle(List, Random)}; both algorithms are fixed by the Java specification), and the
 * first ⌈share × candidates⌉ are drawn. Seed, share, candidates and the drawn parks are kept, so anyone can
 * draw again and get the same list.
 */
class SpotCheckDraw {

    @Id
    private String reviewBatch;
    private long seed;
    private BigDecimal spotCheckShare;
    private String candidateParkIds;
    private String drawnParkIds;
    private Instant drawnAt;
    @Version
    private Integer version;

    protected SpotCheckDraw() {
    }

    static SpotCheckDraw draw(YearMonth batch, List<Long> candidates, BigDecimal share, Instant at) {
        SpotCheckDraw draw = new SpotCheckDraw();
        draw.reviewBatch = batch.toString();
        draw.seed = seedOf(batch);
        draw.spotCheckShare = share;
        List<Long> sorted = candidates.stream().distinct().sorted().toList();
        draw.candidateParkIds = join(sorted);
        draw.drawnParkIds = join(sample(sorted, share, draw.seed));
        draw.drawnAt = at;
        return draw;
    }

    /** The drawing itself: same candidates, share and seed, same parks. */
    static List<Long> sample(List<Long> candidates, BigDecimal share, long seed) {
        List<Long> shuffled = new ArrayList<>(candidates.stream().sorted().toList());
        Collections.shuffle(shuffled, new Random(seed));
        int count = share.multiply(BigDecimal.valueOf(shuffled.size())).setScale(0, RoundingMode.CEILING).intValueExact();
        return shuffled.subList(0, Math.min(count, shuffled.size())).stream().sorted().toList();
    }

    static long seedOf(YearMonth batch) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("biennial-review/" + batch).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(hash, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    boolean drew(Long parkId) {
        return getDrawnParkIds().contains(parkId);
    }

    String getReviewBatch() {
        return reviewBatch;
    }

    long getSeed() {
        return seed;
    }

    BigDecimal getSpotCheckShare() {
        return spotCheckShare;
    }

    List<Long> getCandidateParkIds() {
        return split(candidateParkIds);
    }

    List<Long> getDrawnParkIds() {
        return split(drawnParkIds);
    }

    Instant getDrawnAt() {
        return drawnAt;
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Long> split(String ids) {
        return ids == null || ids.isBlank() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }
}
