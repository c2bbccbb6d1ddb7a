package cn.jifending.dingtalk.internal;

import cn.jifending.dingtalk.DingTalkProperties;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the {@code timestamp} and {@code sign} headers of an HTTP-mode robot callback:
 * {@code sign = Base64(HmacSHA256(key = appSecret, data = timestamp + "\n" + appSecret))}, and the
 * timestamp (epoch milliseconds) no further from now than {@code signature-max-skew}.
 */
public final class RobotSignatureVerifier {

    private final byte[] secret;
    private final Duration maxSkew;
    private final Clock clock;

    public RobotSignatureVerifier(DingTalkProperties properties, Clock clock) {
        this.secret = properties.appSecret().getBytes(StandardCharsets.UTF_8);
        this.maxSkew = properties.signatureMaxSkew();
        this.clock = clock;
    }

    /** @return true only for a fresh timestamp and the matching signature; blanks are never valid */
    public boolean verify(String timestamp, String sign) {
        if (secret.length == 0 || timestamp == null || sign == null || timestamp.isBlank() || sign.isBlank()) {
            return false;
        }
        long millis;
        try {
            millis = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        Duration skew = Duration.between(Instant.ofEpochMilli(millis), clock.instant()).abs();
        if (skew.compareTo(maxSkew) > 0) {
            return false;
        }
        byte[] expected = sign(timestamp.strip()).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, sign.strip().getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(String timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            String data = timestamp + "\n" + new String(secret, StandardCharsets.UTF_8);
            return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
