package cn.ecopark.flow.park;

import java.util.Optional;

/**
 * 统一社会信用代码 (GB 32100-2015): the stable identity of a park's management committee. 18 characters from
 * the code's alphabet (digits and capitals without I, O, S, V, Z): registration authority, organisation type,
 * six-digit administrative division, nine-character organisation code and a check character computed
 * modulo 31 over the first 17 with the standard's weights.
 */
public final class CreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** Why the text is not a valid code, or empty when it is (upper-case, no spaces). */
    public static Optional<String> problem(String code) {
        if (code == null || code.length() != 18) {
            return Optional.of("统一社会信用代码应为18位");
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of("统一社会信用代码第" + (i + 1) + "位“" + code.charAt(i) + "”不是有效字符（不含 I、O、S、V、Z）");
            }
        }
        if (!code.substring(2, 8).chars().allMatch(Character::isDigit)) {
            return Optional.of("统一社会信用代码第3至8位应为行政区划码（数字）");
        }
        if (code.charAt(17) != checkCharacter(code.substring(0, 17))) {
            return Optional.of("统一社会信用代码校验位不正确，请核对");
        }
        return Optional.empty();
    }

    /** The check character (18th) of the first 17 characters. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** The code as people type it, trimmed and upper-cased, for validation. */
    public static String normalise(String text) {
        return text == null ? null : text.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
