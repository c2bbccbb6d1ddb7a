/**
 * Recording (记分): the recorder's and secretary's workflow on top of the ledger. Meetings by chat
 * ({@code 记录}) or sign-in sheet, monthly figures by sheet, findings ({@code 违规}) confirmed by a
 * branch committee member, disputes ({@code 异议}) decided by the branch committee, the recorder's own
 * corrections ({@code 更正}), the month's status ({@code 本月记分}) and the 考核表 export ({@code 导出}).
 * Only the recorder and the secretary of a branch record for it. The chat handlers live in
 * {@code internal}; {@link cn.jifending.recording.Meetings} lets other modules read recorded meetings.
 */
package cn.jifending.recording;
