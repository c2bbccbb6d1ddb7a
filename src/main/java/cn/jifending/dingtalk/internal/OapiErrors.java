package cn.jifending.dingtalk.internal;

import java.time.Duration;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The {@code errcode} of an {@code oapi.dingtalk.com} answer ({@code {"errcode":..,"errmsg":".."}},
 * HTTP 200) as a {@link FailureKind}: -1 system busy; 88 authentication failed (its {@code sub_code}
 * says why: 60011 is a missing permission, anything else is treated as a refused token); 40014 invalid
 * and 42001 expired access token; 90002 (all apps), 90006, 90018 (this app, per API) and 90019 flow
 * control; 90020 the organisation's monthly API quota is used up; 60011 no permission for the API.
 * Flow control by IP answers {@code {"status":1111,"wait":5,"punish":"deny"}}: calls are refused
 * for 5 minutes.
 */
final class OapiErrors {

    static final Set<Integer> TOKEN_ERRCODES = Set.of(40014, 42001);
    static final Set<Integer> THROTTLE_ERRCODES = Set.of(90002, 90006, 90018, 90019);
    static final int AUTH_FAILED = 88;
    static final int QUOTA_EXHAUSTED = 90020;
    static final int NO_PERMISSION = 60011;
    static final int BUSY = -1;
    static final Duration IP_PUNISHMENT = Duration.ofMinutes(5);

    private OapiErrors() {
    }

    /** Null when the answer is a success. */
    static DingTalkCallException failure(String call, JsonNode answer) {
        if ("deny".equals(JsonFields.text(answer, "punish"))) {
            return new DingTalkCallException(call + " refused: DingTalk flow control by IP (" + answer + ")",
                    FailureKind.THROTTLED, IP_PUNISHMENT, null);
        }
        int errcode = answer.path("errcode").asInt(0);
        if (errcode == 0) {
            return null;
        }
        String subCode = JsonFields.text(answer, "sub_code");
        return new DingTalkCallException(call + " failed: errcode " + errcode
                + (subCode.isEmpty() ? "" : " sub_code " + subCode) + " " + JsonFields.text(answer, "errmsg"),
                kindOf(errcode, subCode), null);
    }

    static FailureKind kindOf(int errcode, String subCode) {
        if (errcode == NO_PERMISSION || errcode == AUTH_FAILED && String.valueOf(NO_PERMISSION).equals(subCode)) {
            return FailureKind.NO_PERMISSION;
        }
        if (errcode == AUTH_FAILED || TOKEN_ERRCODES.contains(errcode)) {
            return FailureKind.STALE_TOKEN;
        }
        if (THROTTLE_ERRCODES.contains(errcode)) {
            return FailureKind.THROTTLED;
        }
        if (errcode == QUOTA_EXHAUSTED) {
            return FailureKind.QUOTA_EXHAUSTED;
        }
        if (errcode == BUSY) {
            return FailureKind.TRANSIENT;
        }
        return FailureKind.REJECTED;
    }
}
