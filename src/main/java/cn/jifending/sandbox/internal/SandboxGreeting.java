package cn.jifending.sandbox.internal;

import cn.jifending.dingtalk.ConditionalOnDingTalkMode;
import cn.jifending.dingtalk.DingTalkMode;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.notification.TemplateModel;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import cn.jifending.organization.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the console says when a user is opened: who they are ({@code sandbox-greeting}) and three
 * things to try for their most senior role ({@code sandbox-try-<role>}); an id the directory does not
 * know gets {@code sandbox-greeting-unknown}.
 */
@Component
@ConditionalOnDingTalkMode(DingTalkMode.SANDBOX)
class SandboxGreeting {

    /** Most senior first: the first role a person holds picks the suggestions. */
    private static final List<Role> SENIORITY = List.of(Role.COMMITTEE_ADMIN, Role.SECRETARY, Role.RECORDER,
            Role.BRANCH_COMMITTEE_MEMBER, Role.GROUP_LEADER, Role.MEMBER);

    private final MemberDirectory directory;
    private final MessageTemplates templates;

    SandboxGreeting(MemberDirectory directory, MessageTemplates templates) {
        this.directory = directory;
        this.templates = templates;
    }

    String forUser(String userId) {
        Optional<Person> person = directory.findByUserId(userId);
        if (person.isEmpty()) {
            return templates.message("sandbox-greeting-unknown", Map.of("userId", userId));
        }
        Person p = person.get();
        var roles = TemplateModel.list(p.roles().stream().sorted()
                .map(r -> templates.message("sandbox-role-" + slug(r), Map.of()).strip()).toList());
        String suggestions = templates.message("sandbox-try-" + slug(seniorRole(p)), Map.of()).strip();
        return templates.message("sandbox-greeting", Map.of("name", p.name(), "userId", p.userId(),
                "roles", roles, "branch", p.branchName() == null ? "" : p.branchName(),
                "suggestions", suggestions));
    }

    static Role seniorRole(Person p) {
        return SENIORITY.stream().filter(p::has).findFirst().orElse(Role.MEMBER);
    }

    static String slug(Role role) {
        return role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
