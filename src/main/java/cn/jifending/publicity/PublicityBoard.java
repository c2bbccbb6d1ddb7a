package cn.jifending.publicity;

import cn.jifending.audit.Source;
import cn.jifending.notification.Outbox;
import cn.jifending.organization.Person;
import java.time.LocalDate;
import java.util.List;

/**
 * The 公示 as a page shows them: a branch's recent windows with the table as it was signed, and an
 * objection raised from the page, which enters the same flow as the card's 提出异议.
 */
public interface PublicityBoard {

    /** The branch's windows of {@code today}'s year and the year before, newest first. */
    List<Board> recent(long branchId, LocalDate today);

    /**
     * Raises an objection to the window, as the card does: the panel gets the objection card and the
     * member a message (both through {@code outbox}, in the caller's transaction).
     *
     * @param sourceRef what the objection came from; the same reference twice is one objection
     * @param source    where it came from, for the audit log
     */
    ObjectionOutcome object(Person who, long windowId, String reason, String sourceRef, Source source, Outbox outbox);

    /**
     * One window.
     *
     * @param quarter    1–4, or {@link QuarterPublication#ANNUAL} for the year's composites
     * @param state      NOT_STARTED, OPEN or CLOSED at the time asked
     * @param note       the secretary's reason for signing off an incomplete quarter, or null
     * @param objections objections raised so far, with the panel's answers
     */
    record Board(long windowId, int year, int quarter, LocalDate firstDay, LocalDate lastDay, String state,
                 String note, List<QuarterPublication.Score> scores, List<Objection> objections) {
    }

    /** @param decision UPHELD (维持), CORRECTED (更正), or null while unanswered */
    record Objection(String name, String reason, String decision, String note) {
    }

    /** What became of an objection. */
    enum ObjectionOutcome {
        /** no such window in the member's branch */
        NO_WINDOW,
        NOT_STARTED,
        TOO_LATE,
        NEEDS_REASON,
        /** the same source was received before */
        ALREADY_RECEIVED,
        RECEIVED
    }
}
