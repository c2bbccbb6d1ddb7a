package cn.jifending.declaration.internal;

import java.util.List;

/** A member's dispute of a rejection, heard by the branch committee (panel). */
record Dispute(long id, long declarationId, String reason, Status status, List<String> panel, String outTrackId) {

    enum Status { OPEN, UPHELD, OVERTURNED }

    enum Vote { UPHOLD, OVERTURN }

    Dispute {
        panel = List.copyOf(panel);
    }

    /** Votes needed for a decision: more than half of the panel. */
    int majority() {
        return panel.size() / 2 + 1;
    }
}
