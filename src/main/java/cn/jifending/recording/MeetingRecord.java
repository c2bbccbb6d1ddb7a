package cn.jifending.recording;

import java.time.LocalDate;

/**
 * A meeting recorded for a branch.
 *
 * @param item          the scheme item code (collective_study, branch_congress …)
 * @param evidenceCode  the download code of the photographed sign-in sheet, null when none was sent
 */
public record MeetingRecord(long id, long branchId, String item, LocalDate heldOn, String recordedBy,
                            String evidenceCode) {
}
