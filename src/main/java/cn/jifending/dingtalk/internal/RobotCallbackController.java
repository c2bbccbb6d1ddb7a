package cn.jifending.dingtalk.internal;

import cn.jifending.bot.BotGateway;
import cn.jifending.dingtalk.ConditionalOnDingTalkMode;
import cn.jifending.dingtalk.DingTalkMode;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** HTTP mode: DingTalk posts robot messages here, signed with the app secret. */
@RestController
@ConditionalOnDingTalkMode(DingTalkMode.HTTP)
class RobotCallbackController {

    private final RobotSignatureVerifier verifier;
    private final RobotMessageParser parser;
    private final BotGateway gateway;

    RobotCallbackController(RobotSignatureVerifier verifier, RobotMessageParser parser, BotGateway gateway) {
        this.verifier = verifier;
        this.parser = parser;
        this.gateway = gateway;
    }

    /** The largest body read (characters); DingTalk's own messages are a few kilobytes. */
    static final int MAX_BODY = 256 * 1024;

    /**
     * 200 only after the bot has committed the message and its effect; 401 without effect when the
     * signature fails; 400 for a body that can never become an event; 503 when the bot could not
     * commit it (see {@link CallbackErrors}), so DingTalk delivers it again.
     */
    @PostMapping("/dingtalk/robot")
    ResponseEntity<Map<String, Object>> receive(@RequestHeader(name = "timestamp", required = false) String timestamp,
                                                @RequestHeader(name = "sign", required = false) String sign,
                                                @RequestBody(required = false) String body) {
        if (!verifier.verify(timestamp, sign)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        if (body != null && body.length() > MAX_BODY) {
            throw new MalformedPayloadException("robot message body longer than " + MAX_BODY + " characters");
        }
        gateway.onMessage(parser.parse(body));
        return ResponseEntity.ok(Map.of());
    }
}
