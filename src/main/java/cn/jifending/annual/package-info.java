/**
 * The annual round (年度评定) and what follows from it (积分运用).
 *
 * <p>Early in the next year the secretary enters the democratic review grades (REVIEW facts), then
 * {@code 年度审核} opens the branch committee's review card; once every committee member has signed,
 * the 机关党委's admins audit every branch on one card and their 审核通过 freezes the branch's annual
 * snapshot and publishes {@link cn.jifending.annual.AnnualRoundApproved}, on which the publicity module
 * opens the annual 公示 and has every member told their year ({@link cn.jifending.annual.AnnualFeedback}). Yellow/red warnings (and probationary members below 70) become talks (约谈)
 * with a deadline; red removes award eligibility ({@link cn.jifending.annual.AwardsEligibility}).
 * {@link cn.jifending.annual.AnnualResults} gives the year per branch (frozen when audited, live
 * before) to reports.
 */
package cn.jifending.annual;
