package cn.jifending.notification.internal;

import cn.jifending.notification.OutgoingMessage;
import java.util.List;

/**
 * One send: the message handed to the channel and the claimed outbox rows it delivers (one row, or
 * several identical one-to-one texts grouped into one batchSend).
 */
record Delivery(OutgoingMessage message, List<OutboxStore.Claimed> rows) {

    Delivery {
        rows = List.copyOf(rows);
    }

    List<Long> ids() {
        return rows.stream().map(r -> r.message().id()).toList();
    }
}
