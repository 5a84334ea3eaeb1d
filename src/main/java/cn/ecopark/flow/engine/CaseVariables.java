package cn.ecopark.flow.engine;

import cn.ecopark.flow.calendar.AppClock;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.DateValue;

import java.time.LocalDate;
import java.util.Date;

/**
 * The variables every case carries, whatever its workflow: written by the system when the case is registered, read by
 * filters, lists, the case file and the outbound messages. Each workflow names its own variables in one class beside its
 * model (e.g. {@code ParkApplicationVariables}) and reads them through the typed readers here, so an id is never read
 * by casting {@code Number} in place and a date never travels as a string.
 */
public final class CaseVariables {

    /** The case number (also the business key), e.g. STGY-2026-0001. */
    public static final String CASE_NO = "caseNo";
    /** What staff call the case in lists: the park's or project's name. */
    public static final String CASE_TITLE = "caseTitle";
    /** The city's Chinese name, a column of the Tasklist filters. */
    public static final String CITY_NAME = "cityName";
    /** The city's group (city-jinan …): the candidate group of the city's steps. */
    public static final String CITY_GROUP = "cityGroup";
    /** The applicant's user id, set from the logged-in user when the case starts (the start event's initiator). */
    public static final String APPLICANT = "applicant";

    private CaseVariables() {
    }

    /** Writes the identity of a newly registered case. */
    public static void identify(VariableScope scope, String caseNo, String caseTitle, String cityName, String cityGroup) {
        scope.setVariable(CASE_NO, caseNo);
        scope.setVariable(CASE_TITLE, caseTitle);
        scope.setVariable(CITY_NAME, cityName);
        scope.setVariable(CITY_GROUP, cityGroup);
    }

    public static String caseNo(VariableScope scope) {
        return text(scope, CASE_NO);
    }

    public static String caseTitle(VariableScope scope) {
        return text(scope, CASE_TITLE);
    }

    public static String cityGroup(VariableScope scope) {
        return text(scope, CITY_GROUP);
    }

    public static String applicant(VariableScope scope) {
        return text(scope, APPLICANT);
    }

    /** A text variable, or null when the case does not carry it. */
    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    /** An aggregate's id as the system wrote it (the engine keeps it as Long or Integer), or null. */
    public static Long id(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalStateException("Variable " + name + " should hold an id but holds " + value.getClass().getSimpleName());
    }

    /** An id the workflow cannot run without: its absence is a model error, not bad input. */
    public static long requiredId(VariableScope scope, String name) {
        Long id = id(scope, name);
        if (id == null) {
            throw new IllegalStateException("The case has no " + name + ": the step that registers it has not run");
        }
        return id;
    }

    public static boolean flag(VariableScope scope, String name) {
        return Boolean.TRUE.equals(scope.getVariable(name));
    }

    /** A date travels as the engine's date type (midnight in China), so Cockpit shows and compares it as a date. */
    public static DateValue dateValue(LocalDate date) {
        return Variables.dateValue(date == null ? null : Date.from(date.atStartOfDay(AppClock.ZONE).toInstant()));
    }

    public static void setDate(VariableScope scope, String name, LocalDate date) {
        scope.setVariable(name, dateValue(date));
    }

    public static LocalDate date(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            return LocalDate.ofInstant(date.toInstant(), AppClock.ZONE);
        }
        throw new IllegalStateException("Variable " + name + " should hold a date but holds " + value.getClass().getSimpleName());
    }
}
