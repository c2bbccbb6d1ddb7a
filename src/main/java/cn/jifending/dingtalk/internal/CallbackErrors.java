package cn.jifending.dingtalk.internal;

import cn.jifending.dingtalk.ConditionalOnDingTalkMode;
import cn.jifending.dingtalk.DingTalkMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A payload that can never become an event is a 400 (DingTalk should not retry it). */
@RestControllerAdvice(assignableTypes = {RobotCallbackController.class, CardCallbackController.class})
@ConditionalOnDingTalkMode(DingTalkMode.HTTP)
class CallbackErrors {

    private static final Logger log = LoggerFactory.getLogger(CallbackErrors.class);

    @ExceptionHandler(MalformedPayloadException.class)
    ResponseEntity<Void> malformed(MalformedPayloadException e) {
        log.warn("Rejected a DingTalk callback: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).build();
    }
}
