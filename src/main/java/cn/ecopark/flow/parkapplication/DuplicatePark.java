package cn.ecopark.flow.parkapplication;

import org.springframework.dao.DataIntegrityViolationException;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Locale;

/**
 * The same new park filed twice at the same moment (two clicks, two nodes): both find no park and both insert
 * it; the database's unique keys ({@code uk_park_city_name}, {@code uk_park_credit_code}) let one through and refuse the other.
 */
final class DuplicatePark {

    private DuplicatePark() {
    }

    static boolean in(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            boolean uniqueViolation = t instanceof DataIntegrityViolationException || t instanceof SQLIntegrityConstraintViolationException
                    || (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState()));
            if (uniqueViolation && t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains("uk_park_city_name")
                    || uniqueViolation && t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains("uk_park_credit_code")) {
                return true;
            }
        }
        return false;
    }
}
