package cn.jifending.organization;

import java.util.List;

/**
 * Port for the organization's contacts directory (DingTalk contacts); implemented by the
 * {@code dingtalk} module. The organization uses it to sync names and userids.
 */
public interface ContactSource {

    /**
     * Every person in the directory, once each.
     *
     * @throws Unavailable when the directory cannot be read now
     */
    List<Contact> fetchContacts();

    /** The directory could not be read (network, permissions, throttling); {@link #reason()} says why. */
    class Unavailable extends RuntimeException {

        private final Reason reason;

        public Unavailable(String message, Throwable cause) {
            this(Reason.UNKNOWN, message, cause);
        }

        public Unavailable(Reason reason, String message, Throwable cause) {
            super(message, cause);
            this.reason = reason == null ? Reason.UNKNOWN : reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    /** Why the directory could not be read, so the admin can be told in plain words. */
    enum Reason {
        /** Throttled or busy even after waiting and retrying: try again in a few minutes. */
        BUSY,
        /** The organisation's monthly API quota is used up. */
        QUOTA_EXHAUSTED,
        /** The app lacks the contacts read permission. */
        NO_PERMISSION,
        /** The app's credentials were refused. */
        CREDENTIALS,
        /** The directory could not be reached (network, timeouts). */
        UNREACHABLE,
        /** Anything else the directory refused. */
        UNKNOWN
    }

    /**
     * @param userId     DingTalk userid
     * @param name       display name
     * @param department department name as the directory shows it
     */
    record Contact(String userId, String name, String department) {
    }
}
