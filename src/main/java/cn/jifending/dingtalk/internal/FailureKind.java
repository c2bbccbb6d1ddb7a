package cn.jifending.dingtalk.internal;

/** What a failed DingTalk call means for the next attempt (the policy table of {@code src/docs/dingtalk-errors.md}). */
enum FailureKind {
    /** QPS limit (403 QpsLimit*, 429, oapi 90002/90006/90018/90019): the request was refused, wait at least 1 s and call again. */
    THROTTLED,
    /** The organisation's API quota is used up (403 ApiCountLimitForOrg, oapi 90020): retry much later, tell the admin. */
    QUOTA_EXHAUSTED,
    /** The access token was refused (400 InvalidAuthentication, 401, oapi 88/40014/42001): new token, call once more. */
    STALE_TOKEN,
    /** 5xx, oapi -1, a connection that could not be made, a read of a call that is safe to repeat: retry later. */
    TRANSIENT,
    /** The request went out but no answer came (read timeout, reset): it may have been delivered; never resent blindly. */
    UNCERTAIN,
    /** The app lacks the permission for the API: retrying will not help until an admin grants it. */
    NO_PERMISSION,
    /** Any other refusal (bad request, unknown user): retrying will not help. */
    REJECTED;

    boolean retryable() {
        return this == THROTTLED || this == QUOTA_EXHAUSTED || this == STALE_TOKEN || this == TRANSIENT;
    }
}
