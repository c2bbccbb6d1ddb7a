package cn.jifending.annual.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.ChatInput;
import cn.jifending.bot.CommandHandler;
import cn.jifending.organization.Person;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code 年度审核 [2026]}: the secretary opens the branch committee's review (the year defaults to
 * last year). The audit cards' buttons are {@link AnnualAuditCardAction}.
 */
@Component
class AnnualAuditCommand implements CommandHandler {

    private final AnnualAudit audits;
    private final Clock clock;

    AnnualAuditCommand(AnnualAudit audits, Clock clock) {
        this.audits = audits;
        this.clock = clock;
    }

    @Override
    public Set<String> keywords() {
        return Set.of("年度审核");
    }

    @Override
    public Access access() {
        return Access.secretaryOfOwnBranch();
    }

    @Override
    public void handle(ChatContext ctx) {
        Person sender = ctx.sender();
        Optional<Integer> year = new ChatInput(clock).yearOnly(ctx.arguments()).orAnswer(ctx::reply);
        if (year.isEmpty()) {
            return;
        }
        AnnualAudit.Reply reply = audits.open(sender, year.get(), ctx.source());
        ctx.reply(reply.template(), reply.model());
    }
}
