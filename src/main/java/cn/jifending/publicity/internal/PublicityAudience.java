package cn.jifending.publicity.internal;

import cn.jifending.notification.Outbox;
import cn.jifending.organization.Branch;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import cn.jifending.publicity.PublicityProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Who a 公示 is told to: the branch group when its conversation id is configured, else every member. */
@Component
class PublicityAudience {

    private final MemberDirectory directory;
    private final PublicityProperties properties;

    PublicityAudience(MemberDirectory directory, PublicityProperties properties) {
        this.directory = directory;
        this.properties = properties;
    }

    String branchName(long branchId) {
        return directory.branch(branchId).map(Branch::name).orElse(String.valueOf(branchId));
    }

    List<String> members(long branchId, LocalDate on) {
        return directory.membersOn(branchId, on).stream().map(Person::userId).toList();
    }

    List<String> panel(long branchId) {
        return directory.panelOf(branchId).stream().map(Person::userId).distinct().toList();
    }

    boolean hasGroup(long branchId) {
        String group = properties.branchGroups().get(branchName(branchId));
        return group != null && !group.isBlank();
    }

    List<String> secretary(long branchId) {
        return directory.secretaryOf(branchId).map(Person::userId).stream().toList();
    }

    /** Posts {@code template} to the branch group, or one-to-one to every member when no group is known. */
    void tell(Outbox outbox, long branchId, LocalDate on, String template, Map<String, ?> model) {
        String group = properties.branchGroups().get(branchName(branchId));
        if (group != null && !group.isBlank()) {
            outbox.groupMessage(group, template, model);
        } else {
            List<String> members = members(branchId, on);
            if (!members.isEmpty()) {
                outbox.message(members, template, model);
            }
        }
    }
}
