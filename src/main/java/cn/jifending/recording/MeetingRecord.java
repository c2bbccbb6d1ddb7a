package cn.jifending.recording;

import java.time.LocalDate;

/**
 * A meeting recorded for a branch.
 *
 * @param item          the scheme item code (collective_study, branch_congress …)
 * @param evidenceCode  the channel's download code of the photographed sign-in sheet, null when none was sent
 * @param evidenceId    the stored photo ({@code cn.jifending.evidence.EvidenceStore}), null when none was kept
 */
public record MeetingRecord(long id, long branchId, String item, LocalDate heldOn, String recordedBy,
                            String evidenceCode, Long evidenceId) {
}
