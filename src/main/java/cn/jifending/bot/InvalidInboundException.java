package cn.jifending.bot;

/**
 * An inbound message or card press with a field outside its bound ({@link InboundLimits}): it can
 * never become an event, so a channel answers it with a client error (HTTP 400) that DingTalk does
 * not retry, or, on Stream, acknowledges and logs it.
 */
public class InvalidInboundException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidInboundException(String message) {
        super(message);
    }
}
