package cn.ecopark.flow.casenumber;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Year;

/**
 * Readable case numbers such as STGY-2026-0001: a prefix per workflow, the year, and a counter that
 * restarts each year. The counter row is locked while it is read, so two submissions never share a number.
 */
@Component
public class CaseNumbers {

    private final JdbcClient jdbc;

    public CaseNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String prefix, Year year) {
        int updated = jdbc.sql("UPDATE case_number_sequence SET last_value = last_value + 1 WHERE prefix = ? AND case_year = ?")
                .params(prefix, year.getValue()).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO case_number_sequence (prefix, case_year, last_value) VALUES (?, ?, 1)")
                        .params(prefix, year.getValue()).update();
            } catch (DataIntegrityViolationException firstOfTheYearOnAnotherNode) {
                // Two first cases of the year at once: the other inserted the counter; count on it (waits for its lock).
                jdbc.sql("UPDATE case_number_sequence SET last_value = last_value + 1 WHERE prefix = ? AND case_year = ?")
                        .params(prefix, year.getValue()).update();
            }
        }
        int value = jdbc.sql("SELECT last_value FROM case_number_sequence WHERE prefix = ? AND case_year = ?")
                .params(prefix, year.getValue()).query(Integer.class).single();
        return "%s-%d-%04d".formatted(prefix, year.getValue(), value);
    }
}
