package cn.jifending.declaration.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A declaration being written in the chat, one per person.
 *
 * @param stage       what the bot asked for last
 * @param evidenceIds the photos and files received so far, in order
 */
record Draft(String userId, long memberId, long branchId, String item, LocalDate occurredOn, String description,
             Stage stage, List<Long> evidenceIds, String sourceMsgId, LocalDateTime updatedAt) {

    enum Stage { ITEM, DATE, DESCRIPTION, EVIDENCE, CONFIRM }

    Draft {
        evidenceIds = List.copyOf(evidenceIds);
        description = description == null ? "" : description;
    }

    Draft withItem(String newItem) {
        return new Draft(userId, memberId, branchId, newItem, occurredOn, description, stage, evidenceIds,
                sourceMsgId, updatedAt);
    }

    Draft withDate(LocalDate date) {
        return new Draft(userId, memberId, branchId, item, date, description, stage, evidenceIds, sourceMsgId,
                updatedAt);
    }

    Draft withDescription(String text) {
        return new Draft(userId, memberId, branchId, item, occurredOn, text, stage, evidenceIds, sourceMsgId,
                updatedAt);
    }

    Draft withStage(Stage newStage) {
        return new Draft(userId, memberId, branchId, item, occurredOn, description, newStage, evidenceIds,
                sourceMsgId, updatedAt);
    }

    Draft withEvidence(long evidenceId) {
        List<Long> ids = new ArrayList<>(evidenceIds);
        ids.add(evidenceId);
        return new Draft(userId, memberId, branchId, item, occurredOn, description, stage, ids, sourceMsgId,
                updatedAt);
    }

    String evidenceColumn() {
        return String.join(",", evidenceIds.stream().map(String::valueOf).toList());
    }

    static List<Long> parseEvidence(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(",")).map(Long::valueOf).toList();
    }
}
