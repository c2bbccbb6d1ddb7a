package cn.jifending.bot.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.CommandHandler;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.organization.Person;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code 帮助}: what this person can do, one section per kind of user they are
 * ({@code help-member}, {@code help-recorder}, {@code help-committee-member}, {@code help-secretary},
 * {@code help-committee-admin}) inside {@code help}, each shown when the section's {@link Access} rule
 * (the one the router checks for those commands) allows the person, followed by the very keywords their
 * handlers' {@link Access} rules let this person use.
 */
@Component
class HelpCommand implements CommandHandler {

    /** Each section and the rule of the commands it describes, in the order shown. */
    private static final Map<String, Access> SECTIONS = sections();

    private final MessageTemplates templates;
    private final CommandCatalogue catalogue;

    HelpCommand(MessageTemplates templates, CommandCatalogue catalogue) {
        this.templates = templates;
        this.catalogue = catalogue;
    }

    @Override
    public Set<String> keywords() {
        return Set.of("帮助", "help", "菜单", "?", "？");
    }

    @Override
    public Access access() {
        return Access.anyone();
    }

    @Override
    public void handle(ChatContext ctx) {
        Person p = ctx.sender();
        Map<String, Object> model = Map.of("name", p.name());
        List<String> sections = new ArrayList<>();
        for (String section : sectionsFor(p)) {
            sections.add(templates.message(section, model).strip());
        }
        ctx.reply("help", Map.of("name", p.name(), "sections", String.join("\n\n", sections),
                "commands", String.join("、", catalogue.allowedKeywords(p))));
    }

    static List<String> sectionsFor(Person p) {
        return SECTIONS.entrySet().stream().filter(e -> e.getValue().allows(p)).map(Map.Entry::getKey).toList();
    }

    private static Map<String, Access> sections() {
        Map<String, Access> sections = new LinkedHashMap<>();
        sections.put("help-member", Access.anyone());
        sections.put("help-recorder", Access.recorderOfOwnBranch());
        sections.put("help-committee-member", Access.branchCommitteeOfOwnBranch());
        sections.put("help-secretary", Access.secretaryOfOwnBranch());
        sections.put("help-committee-admin", Access.committeeAdmin());
        return sections;
    }
}
