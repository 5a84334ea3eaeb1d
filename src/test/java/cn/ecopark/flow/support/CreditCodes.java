package cn.ecopark.flow.support;

import cn.ecopark.flow.park.CreditCode;

import java.util.concurrent.atomic.AtomicLong;

/** Valid, distinct 统一社会信用代码 for test parks: 机关 (11), Weihai's division code, a running organisation code. */
public final class CreditCodes {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 100_000_000L);

    private CreditCodes() {
    }

    public static String next() {
        String first17 = "11371000" + String.format("%09d", SEQUENCE.incrementAndGet() % 1_000_000_000L);
        return first17 + CreditCode.checkCharacter(first17);
    }
}
