package cn.jifending.dingtalk;

import cn.jifending.notification.DeliveryException;
import java.util.List;

/**
 * Reads DingTalk's address book, for the organization module's roster sync. Exists in stream and
 * http modes; {@link DeliveryException#retryable()} says whether a failed read may succeed later.
 */
public interface DingTalkContacts {

    /** Every user directly in the department (all pages), in DingTalk's order. */
    List<DingTalkUser> listDepartmentUsers(long departmentId) throws DeliveryException;

    /** The ids of the department's direct sub-departments. */
    List<Long> listSubDepartmentIds(long departmentId) throws DeliveryException;

    /** The department's name (oapi {@code topapi/v2/department/get}); blank when DingTalk gives none. */
    String departmentName(long departmentId) throws DeliveryException;

    /**
     * One DingTalk user as the address book reports it.
     *
     * @param userId        the {@code userid} (the id every message and card uses)
     * @param name          display name
     * @param mobile        mobile number when the app may read it, else blank
     * @param title         job title, may be blank
     * @param departmentIds every department the user belongs to
     * @param active        false for a user who has not activated DingTalk
     */
    record DingTalkUser(String userId, String name, String mobile, String title, List<Long> departmentIds,
                        boolean active) {

        public DingTalkUser {
            departmentIds = departmentIds == null ? List.of() : List.copyOf(departmentIds);
        }
    }
}
