package cn.jifending.notification;

/**
 * The port that actually delivers to people: DingTalk's OpenAPI in production, the sandbox
 * console locally. Only the outbox dispatcher calls {@link #send}; modules enqueue through
 * {@link Outbox} inside their own transaction.
 */
public interface Messenger {

    /**
     * Delivers one message. Throws {@link DeliveryException} on failure, saying whether a retry
     * may succeed (429, 5xx, timeouts) or not (bad request, unknown user).
     */
    void send(OutgoingMessage message) throws DeliveryException;

    /** Fetches the bytes of a file or picture a user sent, at once (DingTalk's URLs are temporary). */
    byte[] download(String downloadCode) throws DeliveryException;
}
