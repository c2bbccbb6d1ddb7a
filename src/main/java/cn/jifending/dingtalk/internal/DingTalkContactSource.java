package cn.jifending.dingtalk.internal;

import cn.jifending.dingtalk.DingTalkContacts;
import cn.jifending.dingtalk.DingTalkContacts.DingTalkUser;
import cn.jifending.notification.DeliveryException;
import cn.jifending.organization.ContactSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The organization's {@link ContactSource} on DingTalk's address book: walks the departments from the
 * root (id 1) breadth first and lists each one's users; a user in several departments appears once,
 * with the first department met. A department without a name shows its id.
 */
final class DingTalkContactSource implements ContactSource {

    static final long ROOT_DEPARTMENT = 1L;

    private final DingTalkContacts contacts;

    DingTalkContactSource(DingTalkContacts contacts) {
        this.contacts = contacts;
    }

    @Override
    public List<Contact> fetchContacts() {
        try {
            Map<String, Contact> byUser = new LinkedHashMap<>();
            Deque<Long> queue = new ArrayDeque<>(List.of(ROOT_DEPARTMENT));
            Set<Long> seen = new HashSet<>();
            while (!queue.isEmpty()) {
                long department = queue.removeFirst();
                if (!seen.add(department)) {
                    continue;
                }
                String name = contacts.departmentName(department);
                String shown = name == null || name.isBlank() ? String.valueOf(department) : name;
                for (DingTalkUser u : contacts.listDepartmentUsers(department)) {
                    byUser.putIfAbsent(u.userId(), new Contact(u.userId(), u.name(), shown));
                }
                queue.addAll(contacts.listSubDepartmentIds(department));
            }
            return new ArrayList<>(byUser.values());
        } catch (DeliveryException e) {
            throw new ContactSource.Unavailable(reason(DingTalkCallException.kindOf(e)),
                    "DingTalk contacts could not be read: " + e.getMessage(), e);
        }
    }

    static ContactSource.Reason reason(FailureKind kind) {
        return switch (kind) {
            case THROTTLED -> ContactSource.Reason.BUSY;
            case QUOTA_EXHAUSTED -> ContactSource.Reason.QUOTA_EXHAUSTED;
            case NO_PERMISSION -> ContactSource.Reason.NO_PERMISSION;
            case STALE_TOKEN -> ContactSource.Reason.CREDENTIALS;
            case TRANSIENT, UNCERTAIN -> ContactSource.Reason.UNREACHABLE;
            case REJECTED -> ContactSource.Reason.UNKNOWN;
        };
    }
}
