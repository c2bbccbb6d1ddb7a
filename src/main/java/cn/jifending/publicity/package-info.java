/**
 * 公示 windows on the mainland working-day calendar.
 *
 * <p>{@link cn.jifending.publicity.Publicity} opens a window at the quarter's sign-off, posts it on its
 * first working day, takes objections (answered by the panel) and closes it at the closing time of its
 * last working day with the objections and their answers listed. The calendar: {@link cn.jifending.publicity.WorkingDays} answers which days are
 * working days (statutory holidays and adjusted working days, 调休, kept as data in
 * {@code calendar_day}; weekends otherwise) and computes publicity windows;
 * {@link cn.jifending.publicity.CalendarAdmin} adds a year's published arrangement. A year without
 * data falls back to Monday–Friday and {@link cn.jifending.publicity.WorkingDays#hasDataFor} says so.
 */
package cn.jifending.publicity;
