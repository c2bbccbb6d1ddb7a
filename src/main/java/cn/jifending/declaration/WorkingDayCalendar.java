package cn.jifending.declaration;

import java.time.LocalDate;

/**
 * Which days are working days, for reminding stale declarations. The declaration module ships a
 * Monday–Friday calendar used only when no other bean of this type exists; the working-day
 * calendar of the mainland (statutory holidays, 调休) can provide one and take over.
 */
public interface WorkingDayCalendar {

    boolean isWorkingDay(LocalDate date);
}
