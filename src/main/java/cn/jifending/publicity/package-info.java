/**
 * 公示 windows on the mainland working-day calendar ({@link cn.jifending.calendar.WorkingDays}).
 *
 * <p>{@link cn.jifending.publicity.Publicity} opens a window when a quarter is signed off
 * ({@code evaluation.QuarterSignedOff}) or a year approved by the 机关党委 ({@code annual.AnnualRoundApproved}):
 * it listens to those events, it is never called by the modules that publish them. It posts the window on
 * its first working day, takes objections (answered by the panel) and closes it at the closing time of its
 * last working day with the objections and their answers listed.
 */
package cn.jifending.publicity;
