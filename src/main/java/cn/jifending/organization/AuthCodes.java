package cn.jifending.organization;

import java.util.Optional;

/**
 * Port for signing in to the pages inside DingTalk: exchanges the one-time code a page obtained
 * from DingTalk's JSAPI (免登) for the DingTalk {@code userid} it was issued to. Implemented by the
 * {@code dingtalk} module in its DingTalk modes; absent in sandbox mode.
 */
public interface AuthCodes {

    /**
     * The userid the code belongs to; empty when DingTalk refuses the code (forged, expired after five
     * minutes, or already used: a code is good for one exchange).
     *
     * @throws Unavailable when DingTalk cannot be asked now (network, throttling, missing permission)
     */
    Optional<String> userIdFor(String code);

    /** DingTalk could not be asked; the person may try again later. */
    class Unavailable extends RuntimeException {

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
