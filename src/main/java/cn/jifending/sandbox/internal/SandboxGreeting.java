package cn.jifending.sandbox.internal;

import cn.jifending.dingtalk.ConditionalOnDingTalkMode;
import cn.jifending.dingtalk.DingTalkMode;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.notification.TemplateModel;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import cn.jifending.organization.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the console says when a user is opened: who they are ({@code sandbox-greeting}) and three
 * things to try for their most senior role ({@code sandbox-try-<role>}, given {@code present}: up to two
 * names of the person's branch today, so a suggested {@code 记录} can be sent as it stands); an id the
 * directory does not know gets {@code sandbox-greeting-unknown}.
 */
@Component
@ConditionalOnDingTalkMode(DingTalkMode.SANDBOX)
class SandboxGreeting {

    /** Most senior first: the first role a person holds picks the suggestions. */
    private static final List<Role> SENIORITY = List.of(Role.COMMITTEE_ADMIN, Role.SECRETARY, Role.RECORDER,
            Role.BRANCH_COMMITTEE_MEMBER, Role.GROUP_LEADER, Role.MEMBER);

    private final MemberDirectory directory;
    private final MessageTemplates templates;
    private final Clock clock;

    SandboxGreeting(MemberDirectory directory, MessageTemplates templates, Clock clock) {
        this.directory = directory;
        this.templates = templates;
        this.clock = clock;
    }

    String forUser(String userId) {
        Optional<Person> person = directory.findByUserId(userId);
        if (person.isEmpty()) {
            return templates.message("sandbox-greeting-unknown", Map.of("userId", userId));
        }
        Person p = person.get();
        var roles = TemplateModel.list(p.roles().stream().sorted()
                .map(r -> templates.message("sandbox-role-" + slug(r), Map.of()).strip()).toList());
        String suggestions = templates.message("sandbox-try-" + slug(seniorRole(p)),
                Map.of("present", TemplateModel.list(present(p)))).strip();
        return templates.message("sandbox-greeting", Map.of("name", p.name(), "userId", p.userId(),
                "roles", roles, "branch", p.branchName() == null ? "" : p.branchName(),
                "suggestions", suggestions));
    }

    /** Up to two names of the person's branch today (none for committee staff without a branch). */
    private List<String> present(Person p) {
        if (p.branchId() == null) {
            return List.of();
        }
        return directory.membersOn(p.branchId(), LocalDate.now(clock)).stream().map(Person::name).limit(2).toList();
    }

    static Role seniorRole(Person p) {
        return SENIORITY.stream().filter(p::has).findFirst().orElse(Role.MEMBER);
    }

    static String slug(Role role) {
        return role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
