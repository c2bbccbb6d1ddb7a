package cn.jifending.dingtalk.internal;

import cn.jifending.dingtalk.ConditionalOnDingTalkMode;
import cn.jifending.dingtalk.DingTalkMode;
import cn.jifending.dingtalk.DingTalkProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** HTTP mode: card button clicks, at the URL registered with {@code /v1.0/card/callbacks/register}. */
@RestController
@ConditionalOnDingTalkMode(DingTalkMode.HTTP)
class CardCallbackController {

    private final byte[] token;
    private final CardPresses presses;

    CardCallbackController(DingTalkProperties properties, CardPresses presses) {
        this.token = properties.cardCallbackToken().getBytes(StandardCharsets.UTF_8);
        if (token.length == 0) {
            LoggerFactory.getLogger(CardCallbackController.class).warn(
                    "jifen.dingtalk.card-callback-token is blank: every card callback will be refused (401)");
        }
        this.presses = presses;
    }

    /**
     * 200 only after the bot has recorded the action, with the card's new state when the press had no
     * effect (see {@link CardPresses}); 401 without effect when the token is wrong; 400 for a body that
     * is no card callback.
     */
    @PostMapping("/dingtalk/card/{token}")
    ResponseEntity<Map<String, Object>> receive(@PathVariable("token") String presented,
                                                @RequestBody(required = false) String body) {
        if (!matches(presented)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        return ResponseEntity.ok(presses.handle(body));
    }

    private boolean matches(String presented) {
        return token.length > 0 && presented != null
                && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
    }
}
