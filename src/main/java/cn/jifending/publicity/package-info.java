/**
 * 公示 windows on the mainland working-day calendar.
 *
 * <p>So far only the calendar: {@link cn.jifending.publicity.WorkingDays} answers which days are
 * working days (statutory holidays and adjusted working days, 调休, kept as data in
 * {@code calendar_day}; weekends otherwise) and computes publicity windows;
 * {@link cn.jifending.publicity.CalendarAdmin} adds a year's published arrangement. A year without
 * data falls back to Monday–Friday and {@link cn.jifending.publicity.WorkingDays#hasDataFor} says so.
 */
package cn.jifending.publicity;
