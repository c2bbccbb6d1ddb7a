package cn.jifending.pages.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The session cookie's value: {@code base64url(userid) . expiry (epoch seconds) . base64url(HMAC-SHA256)}
 * over the first two parts. A value with a wrong MAC or past its expiry is no session.
 */
final class SessionCookies {

    static final String NAME = "jifen_h5";

    private final byte[] key;
    private final Duration ttl;
    private final Clock clock;

    SessionCookies(byte[] key, Duration ttl, Clock clock) {
        this.key = key.clone();
        this.ttl = ttl;
        this.clock = clock;
    }

    Duration ttl() {
        return ttl;
    }

    String issue(String userId) {
        String payload = encode(userId.getBytes(StandardCharsets.UTF_8)) + "."
                + clock.instant().plus(ttl).getEpochSecond();
        return payload + "." + encode(mac(payload));
    }

    /** The userid of a genuine, unexpired value. */
    Optional<String> verify(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        String payload = parts[0] + "." + parts[1];
        try {
            byte[] given = Base64.getUrlDecoder().decode(parts[2]);
            if (!MessageDigest.isEqual(given, mac(payload))
                    || Long.parseLong(parts[1]) <= clock.instant().getEpochSecond()) {
                return Optional.empty();
            }
            return Optional.of(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
