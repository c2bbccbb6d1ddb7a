package cn.jifending.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a reply to one inbound message may be posted directly: DingTalk's {@code sessionWebhook}
 * of that message and when it stops being valid ({@code sessionWebhookExpiredTime}). Only a hint:
 * the outbox falls back to the ordinary send when it has expired or fails.
 *
 * @param url       the temporary URL, at most {@link #MAX_URL_LENGTH} characters
 * @param expiresAt when DingTalk stops accepting it
 */
public record ReplyWebhook(String url, Instant expiresAt) {

    public static final int MAX_URL_LENGTH = 1024;
    /** 9999-12-31T23:59:59.999Z: later expiry times are nonsense (and would not fit a DATETIME). */
    private static final long LAST_MILLI = 253_402_300_799_999L;

    public ReplyWebhook {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (url.isBlank() || url.length() > MAX_URL_LENGTH) {
            throw new IllegalArgumentException("A reply webhook URL must have 1.." + MAX_URL_LENGTH + " characters");
        }
    }

    /** A webhook from the channel's raw fields, or null when either is missing or out of bounds. */
    public static ReplyWebhook ofNullable(String url, Long expiresAtEpochMillis) {
        if (url == null || url.isBlank() || url.length() > MAX_URL_LENGTH || expiresAtEpochMillis == null
                || expiresAtEpochMillis <= 0 || expiresAtEpochMillis > LAST_MILLI) {
            return null;
        }
        return new ReplyWebhook(url, Instant.ofEpochMilli(expiresAtEpochMillis));
    }

    /** Whether it is still valid at {@code now} with {@code margin} to spare. */
    public boolean validAt(Instant now, Duration margin) {
        return now.plus(margin).isBefore(expiresAt);
    }
}
