package cn.ecopark.flow.calendar;

/** What kind of day a date is in the working-day calendar. */
public enum DayType {
    /** Monday to Friday, not a statutory holiday. */
    WORKDAY(true),
    /** 调休上班日: a Saturday or Sunday that is a working day because of a holiday arrangement. */
    MAKE_UP_WORKDAY(true),
    /** Saturday or Sunday, not a make-up working day and not part of a holiday. */
    WEEKEND(false),
    /** A statutory day off (法定节假日, including the weekend days inside a holiday). */
    HOLIDAY(false);

    private final boolean working;

    DayType(boolean working) {
        this.working = working;
    }

    public boolean isWorking() {
        return working;
    }
}
