package cn.jifending.recording.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.ChatInput;
import cn.jifending.bot.CommandHandler;
import cn.jifending.ledger.Correction;
import cn.jifending.ledger.Fact;
import cn.jifending.ledger.Ledger;
import cn.jifending.ledger.LedgerException;
import cn.jifending.ledger.PeriodLocks;
import cn.jifending.audit.Source;
import cn.jifending.scoring.FactKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code 更正 <编号> <新值|撤销> <理由>}: the recorder's (or secretary's) own correction in an
 * unlocked quarter, written as a correcting fact with the reason. A locked quarter only takes a
 * correction approved by the branch committee (through {@code 异议}).
 */
@Component
class CorrectionCommand implements CommandHandler {

    private static final Set<String> REVERSAL = FactWords.REVERSAL;
    private static final Set<FactKind> CORRECTABLE = Set.of(FactKind.ATTENDANCE, FactKind.XUEXI_MISSED_DAYS,
            FactKind.DAILY_QUESTION_POINTS, FactKind.DUES, FactKind.FINDING);

    private final Clerks clerks;
    private final Ledger ledger;
    private final PeriodLocks locks;
    CorrectionCommand(Clerks clerks, Ledger ledger, PeriodLocks locks) {
        this.clerks = clerks;
        this.ledger = ledger;
        this.locks = locks;
    }

    @Override
    public Set<String> keywords() {
        return Set.of("更正");
    }

    @Override
    public Access access() {
        return Access.or(Access.recorderOfOwnBranch(), Access.secretaryOfOwnBranch());
    }

    @Override
    public void handle(ChatContext ctx) {
        List<String> words = ChatWords.of(ctx.arguments());
        Optional<Fact> fact = words.isEmpty() ? Optional.empty() : ChatInput.id(words.get(0)).asOptional().flatMap(ledger::find);
        if (words.size() < 3 || fact.isEmpty()) {
            ctx.reply("correction-usage", Map.of());
            return;
        }
        Fact f = fact.get();
        if (!clerks.mayRecord(ctx.sender(), f.branchId())) {
            clerks.refuse(ctx, f.branchId(), ctx.keyword() + " " + f.id());
            return;
        }
        Optional<Long> newer = ledger.factsOf(f.memberId(), f.occurredOn().getYear()).stream()
                .filter(x -> f.id() == (x.corrects() == null ? -1 : x.corrects())).map(Fact::id).findFirst();
        if (newer.isPresent() || !CORRECTABLE.contains(f.kind())) {
            ctx.reply(newer.isPresent() ? "correction-superseded" : "correction-elsewhere",
                    Map.of("factId", f.id(), "text", newer.map(String::valueOf).orElse("")));
            return;
        }
        if (locks.isLocked(f.branchId(), f.occurredOn())) {
            ctx.reply("correction-locked", Map.of("date", ChatInput.show(f.occurredOn())));
            return;
        }
        boolean reversal = REVERSAL.contains(words.get(1));
        Optional<String> value = reversal ? Optional.empty() : FactValues.parse(f.kind(), words.get(1))
                .filter(v -> f.kind() != FactKind.ATTENDANCE || !v.equals("EXCUSED"));
        if (!reversal && value.isEmpty()) {
            ctx.reply("correction-bad-value", Map.of("text", words.get(1), "factId", f.id()));
            return;
        }
        String reason = String.join(" ", words.subList(2, words.size()));
        Source source = ctx.source();
        Correction c = reversal ? Correction.reversal(reason, source, ctx.sender().userId())
                : Correction.replacement(f.item(), f.occurredOn(), value.get(), reason, source, ctx.sender().userId());
        Fact written;
        try {
            written = ledger.correct(f.id(), c);
        } catch (LedgerException e) {
            ctx.reply("request-failed", Map.of("text", e.getMessage()));
            return;
        }
        String item = LedgerItem.byCode(f.item()).map(LedgerItem::word).orElse(String.valueOf(f.item()));
        String member = clerks.directory().findByMemberId(f.memberId()).map(p -> p.name()).orElse("#" + f.memberId());
        ctx.reply("correction-recorded", Map.of("factId", f.id(), "newId", written.id(), "member", member,
                "item", item, "date", ChatInput.show(f.occurredOn()), "before", FactValues.show(f.kind(), f.value()),
                "after", reversal ? words.get(1) : FactValues.show(f.kind(), value.get()), "reason", reason));
    }

}
