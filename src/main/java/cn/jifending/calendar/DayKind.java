package cn.jifending.calendar;

/** What the published arrangement makes of a date (same names in {@code calendar_day.kind}). */
public enum DayKind {
    /** A rest day of a statutory holiday, whatever the weekday. */
    HOLIDAY,
    /** A weekend day worked in exchange for a holiday (调休). */
    ADJUSTED_WORKDAY
}
