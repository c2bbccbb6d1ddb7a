package cn.jifending.bot.internal;

import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import cn.jifending.bot.Access;
import cn.jifending.bot.CardActionContext;
import cn.jifending.bot.ChatContext;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.organization.Person;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The one way a person is refused a command or a card button by role: one {@code refused} reply that
 * says who may use it (each rule's {@code access-<rule-name>} description) and which commands the person
 * may use instead, and one {@code bot.refused} audit row (who, which keyword or action, which rule).
 * Only the routers call it, after a handler's {@link Access} said no.
 */
@Component
class Refusals {

    static final String AUDIT_ACTION = "bot.refused";

    private final AuditLog audit;
    private final MessageTemplates templates;
    private final CommandCatalogue catalogue;

    Refusals(AuditLog audit, MessageTemplates templates, CommandCatalogue catalogue) {
        this.audit = audit;
        this.templates = templates;
        this.catalogue = catalogue;
    }

    void refuse(ChatContext ctx, Access rule) {
        Person who = ctx.sender();
        String keyword = ctx.keyword().strip();
        audit.record(AuditEntry.of(who.userId(), AUDIT_ACTION, "command", keyword, ctx.source())
                .with("rule", rule.name()));
        ctx.reply("refused", model(who, keyword, rule));
    }

    void refuse(CardActionContext ctx, Access rule) {
        Person who = ctx.actor();
        String actionId = ctx.action().actionId();
        audit.record(AuditEntry.of(who.userId(), AUDIT_ACTION, "card_action", actionId, ctx.source())
                .with("rule", rule.name()).with("card", ctx.action().outTrackId()));
        ctx.reply("refused", model(who, templates.message("access-card-action", Map.of()).strip(), rule));
    }

    /** {@code secretaryOfOwnBranch} → {@code access-secretary-of-own-branch}. */
    static String templateOf(String rule) {
        return "access-" + rule.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
    }

    private Map<String, Object> model(Person who, String what, Access rule) {
        String whoMay = rule.parts().stream()
                .map(part -> templates.message(templateOf(part), Map.of()).strip())
                .collect(Collectors.joining("、"));
        return Map.of("name", who.name(), "what", what, "who", whoMay,
                "allowed", String.join("、", catalogue.allowedKeywords(who)));
    }
}
