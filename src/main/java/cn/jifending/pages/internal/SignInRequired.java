package cn.jifending.pages.internal;

/** No valid session (or a refused sign-in): answered 401 with a Chinese page that signs in again inside DingTalk. */
final class SignInRequired extends RuntimeException {

    SignInRequired(String reason) {
        super(reason);
    }
}
