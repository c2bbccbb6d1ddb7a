/**
 * The mainland working-day calendar: {@link cn.jifending.calendar.WorkingDays} answers which days are
 * working days (statutory holidays and adjusted working days, 调休, kept as data in {@code calendar_day};
 * weekends otherwise) and computes windows of n working days ({@link cn.jifending.calendar.PublicityWindow});
 * {@link cn.jifending.calendar.CalendarAdmin} adds a year's published arrangement. A year without data falls
 * back to Monday–Friday and {@link cn.jifending.calendar.WorkingDays#hasDataFor} says so; the
 * {@code calendar-check} job warns the committee admins once when next year's data is missing.
 *
 * <p>Its own module (it was part of publicity) so that evaluation, annual, declaration and recording can count
 * working days without depending on publicity, which listens to their events.
 */
package cn.jifending.calendar;
