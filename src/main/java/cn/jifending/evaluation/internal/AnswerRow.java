package cn.jifending.evaluation.internal;

import java.time.LocalDate;

/** A member's answer in a round (CONFIRMED or OBJECTED), with the panel's decision on an objection. */
record AnswerRow(long id, long roundId, long memberId, String answer, String reason, String decision,
                 String note, LocalDate answeredOn) {

    boolean objected() {
        return "OBJECTED".equals(answer);
    }

    boolean open() {
        return objected() && decision == null;
    }
}
