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

    /** The directory could not be read (network, permissions, throttling). */
    class Unavailable extends RuntimeException {

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * @param userId     DingTalk userid
     * @param name       display name
     * @param department department name as the directory shows it
     */
    record Contact(String userId, String name, String department) {
    }
}
