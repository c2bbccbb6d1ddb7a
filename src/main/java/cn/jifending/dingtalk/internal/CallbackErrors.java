package cn.jifending.dingtalk.internal;

import cn.jifending.bot.InvalidInboundException;
import cn.jifending.bot.RetryLaterException;
import cn.jifending.dingtalk.ConditionalOnDingTalkMode;
import cn.jifending.dingtalk.DingTalkMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Status codes of the HTTP callbacks. A payload that can never become an event (unreadable, or a
 * field outside its bound) is a 400, which DingTalk does not retry. An event the bot could not
 * commit because of a transient database failure is a 503: nothing was recorded, and DingTalk
 * delivers it again.
 */
@RestControllerAdvice(assignableTypes = {RobotCallbackController.class, CardCallbackController.class})
@ConditionalOnDingTalkMode(DingTalkMode.HTTP)
class CallbackErrors {

    private static final Logger log = LoggerFactory.getLogger(CallbackErrors.class);

    @ExceptionHandler(MalformedPayloadException.class)
    ResponseEntity<Void> malformed(MalformedPayloadException e) {
        log.warn("Rejected a DingTalk callback: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).build();
    }

    @ExceptionHandler(InvalidInboundException.class)
    ResponseEntity<Void> invalid(InvalidInboundException e) {
        log.warn("Rejected a DingTalk callback with a field out of bounds: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).build();
    }

    @ExceptionHandler(RetryLaterException.class)
    ResponseEntity<Void> retryLater(RetryLaterException e) {
        log.warn("Answered 503 so DingTalk redelivers: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1").build();
    }
}
