package cn.jifending.recording.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.ChatInput;
import cn.jifending.bot.CommandHandler;
import cn.jifending.bot.DatePolicy;
import cn.jifending.bot.Reading;
import cn.jifending.ledger.PeriodLocks;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.organization.Branch;
import cn.jifending.organization.Person;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@code 违规 [支部] @张三 3月5日 <理由>}: the secretary records a 政治建设 finding; a branch committee
 * member confirms it on a card before the FINDING fact is written and the member is told.
 */
@Component
class FindingCommand implements CommandHandler {

    private final Clerks clerks;
    private final RequestStore requests;
    private final PeriodLocks locks;
    private final MessageTemplates templates;
    private final Clock clock;

    FindingCommand(Clerks clerks, RequestStore requests, PeriodLocks locks, MessageTemplates templates, Clock clock) {
        this.clerks = clerks;
        this.requests = requests;
        this.locks = locks;
        this.templates = templates;
        this.clock = clock;
    }

    @Override
    public Set<String> keywords() {
        return Set.of("违规");
    }

    @Override
    public Access access() {
        return Access.secretaryOfOwnBranch();
    }

    @Override
    public void handle(ChatContext ctx) {
        Person sender = ctx.sender();
        List<String> words = ChatWords.of(ctx.arguments());
        Optional<Branch> named = words.isEmpty() ? Optional.empty() : clerks.branchNamed(words.get(0));
        Long branchId = named.map(Branch::id).orElse(sender.branchId());
        if (named.isPresent()) {
            words = words.subList(1, words.size());
        }
        if (branchId == null || !clerks.isSecretaryOf(sender, branchId)) {
            if (branchId != null) {
                clerks.refused(sender, branchId, ctx.keyword(), ctx.source());
            }
            ctx.reply("finding-refused", Map.of("name", sender.name()));
            return;
        }
        Reading<LocalDate> read = words.size() < 3 ? Reading.none()
                : new ChatInput(clock).day(words.get(1), DatePolicy.PAST_OR_TODAY);
        if (!read.found()) {
            ctx.reply("finding-usage", Map.of());
            return;
        }
        Problems problems = new Problems(templates);
        if (read.failed()) {
            problems.add(read.problem().orElseThrow());
            ctx.reply("recording-rejected", Map.of("problems", problems.list()));
            return;
        }
        LocalDate day = read.value();
        String reason = String.join(" ", words.subList(2, words.size()));
        if (locks.isLocked(branchId, day)) {
            problems.add("period-locked", Map.of("date", ChatInput.show(day)));
        }
        var found = new RosterNames(clerks.membersOn(branchId, day)).resolve(List.of(words.get(0)), problems).found();
        List<Person> committee = clerks.directory().committeeMembersOf(branchId);
        if (committee.isEmpty()) {
            problems.add("no-committee", Map.of());
        }
        if (problems.any()) {
            ctx.reply("recording-rejected", Map.of("problems", problems.list()));
            return;
        }
        Person member = found.values().iterator().next();
        String track = "rec-finding-" + UUID.randomUUID();
        long id = requests.insert(new RequestStore.NewRequest(RequestStore.Kind.FINDING, branchId, member.memberId(),
                sender.userId(), "violation", day, null, null, null, reason, ctx.source(),
                track), LocalDateTime.now(clock));
        ctx.outbox().card(committee.stream().map(Person::userId).toList(), "finding-confirm", track,
                Map.of("requestId", String.valueOf(id), "member", member.name(), "date", ChatInput.show(day),
                        "reason", reason, "secretary", sender.name()));
        ctx.reply("finding-submitted", Map.of("member", member.name(), "date", ChatInput.show(day),
                "count", committee.size()));
    }
}
