package cn.jifending.declaration.internal;

import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** The {@code declaration_draft_replacement} table: at most one waiting new 申报 per person. */
@Repository
class ReplacementStore {

    /** The new 申报's text and message id. */
    record Replacement(String text, String msgId) {
    }

    private final ReplacementMapper rows;

    ReplacementStore(ReplacementMapper rows) {
        this.rows = rows;
    }

    void hold(String userId, String text, String msgId, LocalDateTime at) {
        ReplacementRow row = new ReplacementRow().setUserId(userId).setText(text).setMsgId(msgId).setCreatedAt(at);
        if (rows.updateById(row) == 0) {
            rows.insert(row);
        }
    }

    Optional<Replacement> find(String userId) {
        return Optional.ofNullable(rows.selectById(userId)).map(r -> new Replacement(r.getText(), r.getMsgId()));
    }

    void drop(String userId) {
        rows.deleteById(userId);
    }
}
