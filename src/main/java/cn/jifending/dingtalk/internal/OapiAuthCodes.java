package cn.jifending.dingtalk.internal;

import cn.jifending.notification.DeliveryException;
import cn.jifending.organization.AuthCodes;
import java.util.Map;
import java.util.Optional;

/**
 * The H5 micro-app sign-in (免登) through oapi {@code topapi/v2/user/getuserinfo}: the body
 * {@code {"code": ..}} with the app's access token answers {@code {"errcode":0,"result":{"userid":..}}};
 * a code that does not exist, has expired or was used already answers an errcode (40078
 * 不存在的临时授权码), which is a refusal, not a failure to retry.
 */
final class OapiAuthCodes implements AuthCodes {

    static final String PATH = "/topapi/v2/user/getuserinfo";

    private final OapiClient oapi;

    OapiAuthCodes(OapiClient oapi) {
        this.oapi = oapi;
    }

    @Override
    public Optional<String> userIdFor(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        try {
            String userId = JsonFields.text(oapi.postJson(PATH, Map.of("code", code.strip())).path("result"), "userid");
            return userId.isBlank() ? Optional.empty() : Optional.of(userId);
        } catch (DeliveryException e) {
            if (DingTalkCallException.kindOf(e) == FailureKind.REJECTED) {
                return Optional.empty();
            }
            throw new AuthCodes.Unavailable("DingTalk could not check the sign-in code: " + e.getMessage(), e);
        }
    }
}
