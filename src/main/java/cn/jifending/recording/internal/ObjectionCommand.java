package cn.jifending.recording.internal;

import cn.jifending.notification.TemplateModel;
import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.ChatInput;
import cn.jifending.bot.CommandHandler;
import cn.jifending.bot.DatePolicy;
import cn.jifending.bot.Reading;
import cn.jifending.ledger.Fact;
import cn.jifending.organization.Person;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@code 异议 <月份或日期> <项目> [正确值] <理由>}: a member disputes a recorded figure; the branch
 * committee (secretary and 支委) decides on a card. (The declarations module's {@code 申诉 <编号>}
 * is about rejected declarations; this keyword is deliberately different.)
 */
@Component
class ObjectionCommand implements CommandHandler {

    private final Clerks clerks;
    private final LiveFacts live;
    private final RequestStore requests;
    private final Clock clock;

    ObjectionCommand(Clerks clerks, LiveFacts live, RequestStore requests, Clock clock) {
        this.clerks = clerks;
        this.live = live;
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public Set<String> keywords() {
        return Set.of("异议");
    }

    @Override
    public Access access() {
        return Access.anyone();
    }

    @Override
    public void handle(ChatContext ctx) {
        Person sender = ctx.sender();
        List<String> words = ChatWords.of(ctx.arguments());
        LocalDate today = LocalDate.now(clock);
        if (words.size() >= 1 && ChatWords.ID_LIKE.matcher(words.get(0)).matches()) {
            ctx.reply("objection-use-appeal", Map.of("text", words.get(0)));
            return;
        }
        if (sender.branchId() == null || words.size() < 3) {
            ctx.reply("objection-usage", Map.of("items", TemplateModel.list(LedgerItem.allWords())));
            return;
        }
        ChatInput input = new ChatInput(clock);
        Reading<LocalDate> dayRead = input.day(words.get(0), DatePolicy.PAST_OR_TODAY);
        Reading<YearMonth> monthRead = dayRead.found() ? dayRead.map(YearMonth::from) : input.month(words.get(0));
        if (monthRead.failed()) {
            ctx.reply(monthRead.problem().orElseThrow().template(), monthRead.problem().orElseThrow().model());
            return;
        }
        Optional<LocalDate> day = dayRead.asOptional();
        Optional<YearMonth> month = monthRead.asOptional();
        Optional<LedgerItem> item = LedgerItem.byWord(words.get(1));
        if (month.isEmpty() || item.isEmpty()) {
            ctx.reply("objection-usage", Map.of("items", TemplateModel.list(LedgerItem.allWords())));
            return;
        }
        Optional<String> claimed = FactValues.parse(item.get().kind(), words.get(2));
        int reasonFrom = claimed.isPresent() ? 3 : 2;
        if (claimed.isEmpty() && item.get().meeting()) {
            claimed = Optional.of("PRESENT");
        }
        String reason = String.join(" ", words.subList(Math.min(reasonFrom, words.size()), words.size()));
        if (claimed.isEmpty() || reason.isBlank()) {
            ctx.reply("objection-value-missing", Map.of("item", item.get().word()));
            return;
        }
        List<Fact> facts = live.of(sender.memberId(), month.get()).stream()
                .filter(f -> f.item() != null && f.item().equals(item.get().code()))
                .filter(f -> day.isEmpty() || f.occurredOn().equals(day.get()))
                .toList();
        String value = claimed.get();
        Optional<Fact> target = facts.stream().filter(f -> !value.equals(f.value())).reduce((a, b) -> b);
        if (target.isEmpty()) {
            ctx.reply(facts.isEmpty() ? "objection-nothing" : "objection-same-value", Map.of("item", item.get().word(),
                    "month", ChatInput.show(month.get())));
            return;
        }
        Fact f = target.get();
        Set<Person> deciders = new LinkedHashSet<>();
        clerks.directory().secretaryOf(f.branchId()).ifPresent(deciders::add);
        deciders.addAll(clerks.directory().committeeMembersOf(f.branchId()));
        List<String> userIds = new ArrayList<>(deciders.stream().map(Person::userId)
                .filter(u -> !u.equals(sender.userId())).toList());
        if (userIds.isEmpty()) {
            ctx.reply("objection-no-committee", Map.of());
            return;
        }
        String track = "rec-dispute-" + UUID.randomUUID();
        long id = requests.insert(new RequestStore.NewRequest(RequestStore.Kind.DISPUTE, f.branchId(), sender.memberId(),
                sender.userId(), f.item(), f.occurredOn(), f.id(), null, value, reason,
                ctx.source(), track), LocalDateTime.now(clock));
        ctx.outbox().card(userIds, "objection-decision", track, Map.of("requestId", String.valueOf(id),
                "member", sender.name(), "item", item.get().word(), "date", ChatInput.show(f.occurredOn()),
                "recorded", FactValues.show(f.kind(), f.value()), "claimed", FactValues.show(f.kind(), value),
                "reason", reason, "factId", String.valueOf(f.id())));
        ctx.reply("objection-submitted", Map.of("item", item.get().word(), "date", ChatInput.show(f.occurredOn()),
                "requestId", id));
    }
}
