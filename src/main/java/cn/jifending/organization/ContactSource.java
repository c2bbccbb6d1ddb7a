package cn.jifending.organization;

import java.util.List;

/**
 * Port for the organization's contacts directory (DingTalk contacts); implemented by the
 * {@code dingtalk} module. The organization uses it to sync names and userids.
 */
public interface ContactSource {

    /** Every person in the directory. */
    List<Contact> fetchContacts();

    /**
     * @param userId     DingTalk userid
     * @param name       display name
     * @param department department name as the directory shows it
     */
    record Contact(String userId, String name, String department) {
    }
}
