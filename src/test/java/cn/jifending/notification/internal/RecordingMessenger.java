package cn.jifending.notification.internal;

import cn.jifending.notification.DeliveryException;
import cn.jifending.notification.Messenger;
import cn.jifending.notification.OutgoingMessage;
import java.util.ArrayList;
import java.util.List;

/** A fake channel (not a database): fails the first {@code failures} sends, then records deliveries. */
final class RecordingMessenger implements Messenger {

    final List<OutgoingMessage> delivered = new ArrayList<>();
    int calls;
    private int failures;
    private boolean retryable = true;

    RecordingMessenger failing(int times, boolean retryable) {
        this.failures = times;
        this.retryable = retryable;
        return this;
    }

    @Override
    public void send(OutgoingMessage message) throws DeliveryException {
        calls++;
        if (failures > 0) {
            failures--;
            throw new DeliveryException(retryable ? "HTTP 503 from the channel" : "HTTP 400 invalid user", retryable);
        }
        delivered.add(message);
    }

    @Override
    public byte[] download(String downloadCode) {
        return new byte[0];
    }
}
