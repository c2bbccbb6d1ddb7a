package cn.jifending.annual.internal;

import cn.jifending.audit.Source;
import cn.jifending.bot.Access;
import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.ChatInput;
import cn.jifending.bot.CommandHandler;
import cn.jifending.bot.DatePolicy;
import cn.jifending.bot.Reading;
import cn.jifending.notification.Outbox;
import cn.jifending.notification.TemplateModel;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code 约谈 @张三 11月20日 情况摘要 整改措施：…}: the secretary records the talk a warning asked
 * for; and the daily reminder of talks past their deadline, one message per secretary.
 */
@Component
class TalkCommand implements CommandHandler {

    /** Who, the day (read by {@link ChatInput}), the summary, and the measures after 整改措施. */
    private static final Pattern TALK = AnnualWords.TALK;

    private final AnnualStore store;
    private final MemberDirectory directory;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    TalkCommand(AnnualStore store, MemberDirectory directory, Outbox outbox, AuditLog audit, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Set<String> keywords() {
        return Set.of("约谈");
    }

    @Override
    public Access access() {
        return Access.secretaryOfOwnBranch();
    }

    @Override
    public void handle(ChatContext ctx) {
        Person sender = ctx.sender();
        Matcher m = TALK.matcher(ctx.arguments());
        LocalDate today = LocalDate.now(clock);
        if (!m.matches()) {
            ctx.reply("annual-talk-usage", Map.of());
            return;
        }
        Reading<LocalDate> day = new ChatInput(clock).day(m.group(2), DatePolicy.PAST_OR_TODAY);
        if (!day.found()) {
            ctx.reply("annual-talk-usage", Map.of());
            return;
        }
        Optional<LocalDate> talkDay = day.orAnswer(ctx::reply);
        if (talkDay.isEmpty()) {
            return;
        }
        LocalDate on = talkDay.get();
        String name = ChatInput.mention(m.group(1)).orElse(m.group(1));
        Optional<AnnualStore.Talk> talk = directory.membersOn(sender.branchId(), today).stream()
                .filter(p -> p.name().equals(name)).findFirst()
                .flatMap(p -> store.openTalk(p.memberId()))
                .filter(t -> t.branchId() == sender.branchId());
        if (talk.isEmpty()) {
            ctx.reply("annual-talk-none", Map.of("name", name));
            return;
        }
        long id = store.recordTalk(talk.get().id(), on, m.group(3).strip(), m.group(4).strip(), sender.userId(),
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
        audit.record(AuditEntry.of(sender.userId(), "annual.talk.recorded", "annual_talk", talk.get().id(), ctx.source())
                .with("on", on).with("record", id));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", name);
        model.put("date", on);
        model.put("year", talk.get().year());
        model.put("summary", m.group(3).strip());
        model.put("measures", m.group(4).strip());
        ctx.reply("annual-talk-recorded", model);
    }

    /** Tells each secretary the talks of their branch past the deadline; returns how many talks. */
    @Transactional
    int remindOverdue(Source source) {
        LocalDate today = LocalDate.now(clock);
        List<AnnualStore.Talk> overdue = store.overdueTalks(today);
        Map<Long, List<AnnualStore.Talk>> byBranch = overdue.stream()
                .collect(Collectors.groupingBy(AnnualStore.Talk::branchId, LinkedHashMap::new, Collectors.toList()));
        byBranch.forEach((branchId, talks) -> directory.secretaryOf(branchId).ifPresent(s -> {
            outbox.message(List.of(s.userId()), "annual-talk-overdue", Map.of("count", talks.size(),
                    "talks", TemplateModel.list(talks.stream().map(t -> Map.of("name", t.name(), "year", t.year(),
                            "deadline", t.deadline())).toList())));
            audit.record(AuditEntry.of("system", "annual.talk.reminded", "branch", branchId, source)
                    .with("overdue", talks.size()).with("on", today));
        }));
        return overdue.size();
    }
}
