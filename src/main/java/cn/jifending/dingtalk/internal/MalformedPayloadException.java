package cn.jifending.dingtalk.internal;

/** A DingTalk payload that cannot become an inbound event (not JSON, or without its id). */
class MalformedPayloadException extends RuntimeException {

    MalformedPayloadException(String message, Throwable cause) {
        super(message, cause);
    }

    MalformedPayloadException(String message) {
        super(message);
    }
}
