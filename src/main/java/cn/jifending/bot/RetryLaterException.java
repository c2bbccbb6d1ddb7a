package cn.jifending.bot;

/**
 * The event and its effect could not be committed because of a transient database failure
 * (deadlock, lock wait timeout, serialization failure) that outlived the gateway's retries.
 * Nothing was recorded, so the channel must NOT acknowledge it: HTTP answers 503, the Stream
 * listener lets it propagate, and DingTalk delivers the message again.
 */
public class RetryLaterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RetryLaterException(String message, Throwable cause) {
        super(message, cause);
    }
}
