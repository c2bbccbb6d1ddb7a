package cn.jifending.annual.internal;

import cn.jifending.audit.Source;
import cn.jifending.bot.Access;
import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.CommandHandler;
import cn.jifending.notification.Outbox;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import java.time.Clock;
import java.time.DateTimeException;
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

    private static final Pattern TALK = Pattern.compile(
            "^[@＠]?(\\S+)[\\s\\u3000]+(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日?[\\s\\u3000]+(.+?)[\\s\\u3000]*整改措施[:：][\\s\\u3000]*(.+)$",
            Pattern.DOTALL);

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
        LocalDate on;
        try {
            int year = m.group(2) != null ? Integer.parseInt(m.group(2)) : today.getYear();
            on = LocalDate.of(year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            if (m.group(2) == null && on.isAfter(today)) {
                on = on.minusYears(1);
            }
        } catch (DateTimeException e) {
            ctx.reply("annual-talk-usage", Map.of());
            return;
        }
        String name = m.group(1);
        Optional<AnnualStore.Talk> talk = directory.membersOn(sender.branchId(), today).stream()
                .filter(p -> p.name().equals(name)).findFirst()
                .flatMap(p -> store.openTalk(p.memberId()))
                .filter(t -> t.branchId() == sender.branchId());
        if (talk.isEmpty()) {
            ctx.reply("annual-talk-none", Map.of("name", name));
            return;
        }
        long id = store.recordTalk(talk.get().id(), on, m.group(5).strip(), m.group(6).strip(), sender.userId(),
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
        audit.record(AuditEntry.of(sender.userId(), "annual.talk.recorded", "annual_talk", talk.get().id(), ctx.source())
                .with("on", on).with("record", id));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", name);
        model.put("date", on);
        model.put("year", talk.get().year());
        model.put("summary", m.group(5).strip());
        model.put("measures", m.group(6).strip());
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
                    "lines", talks.stream().map(t -> "- " + t.name() + "（" + t.year() + " 年，应于 " + t.deadline()
                            + " 前约谈）").collect(Collectors.joining("\n"))));
            audit.record(AuditEntry.of("system", "annual.talk.reminded", "branch", branchId, source)
                    .with("overdue", talks.size()).with("on", today));
        }));
        return overdue.size();
    }
}
