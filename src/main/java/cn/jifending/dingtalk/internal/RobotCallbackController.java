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

    /** 200 only after the bot has recorded the message; 401 without effect when the signature fails. */
    @PostMapping("/dingtalk/robot")
    ResponseEntity<Map<String, Object>> receive(@RequestHeader(name = "timestamp", required = false) String timestamp,
                                                @RequestHeader(name = "sign", required = false) String sign,
                                                @RequestBody(required = false) String body) {
        if (!verifier.verify(timestamp, sign)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        gateway.onMessage(parser.parse(body));
        return ResponseEntity.ok(Map.of());
    }
}
