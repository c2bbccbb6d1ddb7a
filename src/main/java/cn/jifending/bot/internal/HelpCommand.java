package cn.jifending.bot.internal;

import cn.jifending.bot.ChatContext;
import cn.jifending.bot.CommandHandler;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.organization.Person;
import cn.jifending.organization.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code 帮助}: what this person can do, one section per role they hold
 * ({@code help-member}, {@code help-recorder}, {@code help-committee-member}, {@code help-secretary},
 * {@code help-committee-admin}) inside {@code help}.
 */
@Component
class HelpCommand implements CommandHandler {

    private final MessageTemplates templates;

    HelpCommand(MessageTemplates templates) {
        this.templates = templates;
    }

    @Override
    public Set<String> keywords() {
        return Set.of("帮助", "help", "菜单", "?", "？");
    }

    @Override
    public void handle(ChatContext ctx) {
        Person p = ctx.sender();
        Map<String, Object> model = Map.of("name", p.name());
        List<String> sections = new ArrayList<>();
        for (String section : sectionsFor(p)) {
            sections.add(templates.message(section, model).strip());
        }
        ctx.reply("help", Map.of("name", p.name(), "sections", String.join("\n\n", sections)));
    }

    static List<String> sectionsFor(Person p) {
        List<String> sections = new ArrayList<>();
        if (p.branchId() != null || p.has(Role.MEMBER) || p.roles().isEmpty()) {
            sections.add("help-member");
        }
        if (p.has(Role.RECORDER)) {
            sections.add("help-recorder");
        }
        if (p.has(Role.BRANCH_COMMITTEE_MEMBER)) {
            sections.add("help-committee-member");
        }
        if (p.has(Role.SECRETARY)) {
            sections.add("help-secretary");
        }
        if (p.has(Role.COMMITTEE_ADMIN)) {
            sections.add("help-committee-admin");
        }
        return sections;
    }
}
