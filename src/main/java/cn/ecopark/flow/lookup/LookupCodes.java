package cn.ecopark.flow.lookup;

import cn.ecopark.flow.calendar.AppClock;
import cn.ecopark.flow.casefile.CaseFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The applicant's verification code (查询码) for the public progress lookup. A new code is shown once to the
 * applicant and only its salted PBKDF2 hash is stored; issuing again replaces the old code. Eight characters
 * from 32 unambiguous ones (40 bits) plus the lookup's lock after a few wrong tries make guessing hopeless.
 */
@Component
public class LookupCodes {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 8;
    private static final int ITERATIONS = 60_000;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Hashed against when the number is unknown, so both answers take as long. */
    private static final String DUMMY_HASH = hash("AAAAAAAA");

    private final JdbcClient jdbc;

    LookupCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new code for the case, replacing any earlier one. The plain code is returned, never stored. */
    @Transactional
    public String issue(CaseFile file, String issuedBy) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        String hash = hash(code.toString());
        Timestamp now = Timestamp.from(AppClock.now());
        int updated = jdbc.sql("UPDATE case_lookup_code SET code_hash = ?, issued_by = ?, issued_at = ? WHERE case_no = ?")
                .params(hash, issuedBy, now, file.caseNo()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO case_lookup_code (case_no, case_type, code_hash, issued_by, issued_at) VALUES (?, ?, ?, ?, ?)")
                    .params(file.caseNo(), file.caseType(), hash, issuedBy, now).update();
        }
        return code.substring(0, 4) + "-" + code.substring(4);
    }

    /** True when the code is the case's current one. Unknown cases cost the same time and answer false. */
    public boolean matches(String caseNo, String code) {
        Optional<String> stored = jdbc.sql("SELECT code_hash FROM case_lookup_code WHERE case_no = ?")
                .param(caseNo).query(String.class).optional();
        String normalized = normalize(code);
        boolean match = verify(normalized, stored.orElse(DUMMY_HASH));
        return stored.isPresent() && match;
    }

    static String normalize(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    static String hash(String code) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return "pbkdf2-sha256$" + ITERATIONS + "$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(pbkdf2(code, salt, ITERATIONS));
    }

    static boolean verify(String code, String stored) {
        String[] parts = stored.split("\\$");
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, pbkdf2(code, salt, Integer.parseInt(parts[1])));
    }

    private static byte[] pbkdf2(String code, byte[] salt, int iterations) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(code.toCharArray(), salt, iterations, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
