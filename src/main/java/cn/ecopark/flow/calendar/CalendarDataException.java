package cn.ecopark.flow.calendar;

/**
 * A holiday data file could not be read or is inconsistent. Thrown at load time so that the
 * application refuses to start with a calendar that would compute wrong statutory deadlines.
 * The message names the file and, where there is one, the offending date.
 */
public class CalendarDataException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public CalendarDataException(String message) {
        super(message);
    }

    public CalendarDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
