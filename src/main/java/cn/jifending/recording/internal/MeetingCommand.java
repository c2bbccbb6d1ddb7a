package cn.jifending.recording.internal;

import cn.jifending.notification.TemplateModel;
import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.ChatInput;
import cn.jifending.bot.CommandHandler;
import cn.jifending.bot.DatePolicy;
import cn.jifending.bot.Reading;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.organization.Branch;
import cn.jifending.organization.Person;
import cn.jifending.recording.internal.MeetingStore.Status;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code 记录 [支部] <会议> <日期> 出席 @张三 @李四 请假 @王五 [缺席 …]}: records a meeting; everyone
 * else active in the branch that day is absent.
 */
@Component
class MeetingCommand implements CommandHandler {

    private static final Map<String, Status> MARKERS = FactWords.MEETING_MARKERS;

    private final Clerks clerks;
    private final MeetingRecorder recorder;
    private final MessageTemplates templates;
    private final Clock clock;

    MeetingCommand(Clerks clerks, MeetingRecorder recorder, MessageTemplates templates, Clock clock) {
        this.clerks = clerks;
        this.recorder = recorder;
        this.templates = templates;
        this.clock = clock;
    }

    @Override
    public Set<String> keywords() {
        return Set.of("记录");
    }

    @Override
    public Access access() {
        return Access.or(Access.recorderOfOwnBranch(), Access.secretaryOfOwnBranch());
    }

    @Override
    public void handle(ChatContext ctx) {
        Person sender = ctx.sender();
        List<String> words = ChatWords.of(ctx.arguments());
        if (words.isEmpty()) {
            ctx.reply("meeting-usage", Map.of("items", TemplateModel.list(LedgerItem.meetingWords())));
            return;
        }
        Optional<Branch> named = clerks.branchNamed(words.get(0));
        Long branchId = named.map(Branch::id).orElse(sender.branchId());
        if (named.isPresent()) {
            words = words.subList(1, words.size());
        }
        if (branchId == null || !clerks.mayRecord(sender, branchId)) {
            clerks.refuse(ctx, branchId, ctx.keyword());
            return;
        }
        Problems problems = new Problems(templates);
        LedgerItem item = null;
        Reading<LocalDate> dayRead = Reading.none();
        Status section = null;
        Map<Status, List<String>> lists = new LinkedHashMap<>();
        ChatInput input = new ChatInput(clock);
        for (String w : words) {
            if (MARKERS.containsKey(w)) {
                section = MARKERS.get(w);
                lists.computeIfAbsent(section, s -> new ArrayList<>());
            } else if (section != null) {
                lists.get(section).add(w);
            } else if (item == null && LedgerItem.byWord(w).filter(LedgerItem::meeting).isPresent()) {
                item = LedgerItem.byWord(w).get();
            } else if (!dayRead.found() && input.day(w, DatePolicy.PAST_OR_TODAY).found()) {
                dayRead = input.day(w, DatePolicy.PAST_OR_TODAY);
                dayRead.problem().ifPresent(problems::add);
            } else {
                problems.add("word-unknown", Map.of("text", w));
            }
        }
        if (item == null) {
            problems.add("meeting-item-missing", Map.of("items", TemplateModel.list(LedgerItem.meetingWords())));
        }
        LocalDate day = dayRead.asOptional().orElse(null);
        if (!dayRead.found()) {
            problems.add("date-missing", Map.of());
        }
        Map<Person, Status> statuses = new LinkedHashMap<>();
        if (item != null && day != null) {
            recorder.check(branchId, item, day, problems);
            RosterNames roster = new RosterNames(clerks.membersOn(branchId, day));
            for (var e : lists.entrySet()) {
                roster.resolve(e.getValue(), problems).found().values().forEach(p -> {
                    Status earlier = statuses.putIfAbsent(p, e.getKey());
                    if (earlier != null && earlier != e.getKey()) {
                        problems.add("name-twice", Map.of("name", p.name()));
                    }
                });
            }
        }
        if (problems.any()) {
            ctx.reply("recording-rejected", Map.of("problems", problems.list()));
            return;
        }
        var done = recorder.record(new MeetingRecorder.Draft(branchId, item, day, statuses), sender,
                ctx.source(), ctx.outbox());
        ctx.reply("meeting-recorded", summary(templates, item, day, done));
    }

    static Map<String, Object> summary(MessageTemplates templates, LedgerItem item, LocalDate day,
                                       MeetingRecorder.Recorded done) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("item", item.word());
        model.put("date", ChatInput.show(day));
        model.put("meetingId", done.meetingId());
        model.put("present", MeetingRecorder.names(done.present()));
        model.put("presentCount", done.present().size());
        model.put("excused", MeetingRecorder.names(done.excused()));
        model.put("excusedCount", done.excused().size());
        model.put("absent", MeetingRecorder.names(done.absent()));
        model.put("absentCount", done.absent().size());
        model.put("note", done.excused().isEmpty() ? ""
                : templates.message(done.secretaryAsked() ? "meeting-note-excuse-pending" : "meeting-note-no-secretary",
                        Map.of()).strip());
        return model;
    }
}
