package cn.ecopark.flow.engine;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Bad input from a form, the REST API or a test, with a Chinese message that starts with the field's key
 * ("areaKm2：规划面积必须在…"). It is the engine's form-validation exception, which the engine REST API and
 * Tasklist answer with HTTP 400 and the message; our /api does the same.
 */
public class InvalidInput extends FormFieldValidationException {

    public InvalidInput(String message) {
        super(fieldOf(message), message);
    }

    /** The field the message names, or null when it names none. */
    public String field() {
        return getDetail();
    }

    /** The field a "field：message" text names, or null. Shared by every place that reports bad input. */
    public static String fieldOf(String message) {
        int colon = message == null ? -1 : message.indexOf('：');
        if (colon > 0 && message.substring(0, colon).matches("[A-Za-z][A-Za-z0-9]*")) {
            return message.substring(0, colon);
        }
        return null;
    }
}
