package cn.jifending.demo.internal;

import cn.jifending.bot.BotGateway;
import cn.jifending.bot.CardAction;
import cn.jifending.bot.ChatInput;
import cn.jifending.bot.InboundMessage;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Each meeting of the story as its branch's recorder records it: at 18:00 on the meeting's day she sends
 * the bot the sign-in ({@code 记录 …}, the story's {@link DemoStory.SignIn}) through the bot's door like
 * the channel's, so the recording module keeps the meeting, its attendance and the ATTENDANCE facts
 * exactly as in real use. Whoever asked for leave is named under 请假; the card this sends the secretary
 * is pressed (同意) by her at 20:30 the same evening.
 */
@Component
class MeetingSteps {

    /** The recording module's 请假 card and its approving button (see src/docs/recording.md). */
    static final String EXCUSE_CARD = "excuse-approval";
    static final String EXCUSE_APPROVE = "excuse-approve";

    private static final LocalTime RECORDED_AT = LocalTime.of(18, 0);
    private static final LocalTime EXCUSE_DECIDED_AT = LocalTime.of(20, 30);

    private final BotGateway gateway;
    private final MemberDirectory directory;
    private final Clock clock;

    MeetingSteps(BotGateway gateway, MemberDirectory directory, Clock clock) {
        this.gateway = gateway;
        this.directory = directory;
        this.clock = clock;
    }

    void schedule(Timeline timeline, DemoStory story, List<Long> branches, YearMonth last) {
        for (int month = 1; month <= last.getMonthValue(); month++) {
            YearMonth ym = YearMonth.of(last.getYear(), month);
            for (DemoStory.Meeting meeting : story.meetings()) {
                if (meeting.months().contains(month)) {
                    LocalDate heldOn = ym.atDay(Math.min(meeting.day(), ym.lengthOfMonth()));
                    timeline.at(heldOn.atTime(RECORDED_AT),
                            () -> branches.forEach(b -> record(timeline, story, b, meeting, heldOn)));
                }
            }
        }
    }

    private void record(Timeline timeline, DemoStory story, long branchId, DemoStory.Meeting meeting,
                        LocalDate heldOn) {
        Optional<Person> recorder = recorder(directory, branchId);
        if (recorder.isEmpty()) {
            return;
        }
        List<String> present = new ArrayList<>();
        List<String> excused = new ArrayList<>();
        for (Person p : directory.membersOn(branchId, heldOn)) {
            String value = story.absence(p.userId(), meeting.item(), heldOn.getMonthValue())
                    .map(DemoStory.Absence::value).orElse("PRESENT");
            if ("PRESENT".equals(value)) {
                present.add(p.name());
            } else if ("EXCUSED".equals(value)) {
                excused.add(p.name());
            }
        }
        String text = story.signIn().text(meeting.word(), ChatInput.show(heldOn), present, excused);
        Person by = recorder.get();
        String msgId = "demo-meeting-" + branchId + "-" + meeting.item() + "-" + heldOn;
        List<WatchedOutbox.SentCard> cards = WatchedOutbox.cardsSentBy(() -> gateway.onMessage(new InboundMessage(
                msgId, by.userId(), by.name(), InboundMessage.Conversation.ONE_TO_ONE, "", text, List.of(),
                clock.instant())));
        for (WatchedOutbox.SentCard card : cards) {
            if (EXCUSE_CARD.equals(card.cardKind())) {
                timeline.at(heldOn.atTime(EXCUSE_DECIDED_AT), () -> card.userIds().forEach(secretary ->
                        gateway.onCardAction(new CardAction(card.outTrackId(), secretary, EXCUSE_APPROVE,
                                card.params(), clock.instant()))));
            }
        }
    }

    /** The branch's recorder (记分员), else its secretary: who records its meetings and months ({@link MonthSteps}). */
    static Optional<Person> recorder(MemberDirectory directory, long branchId) {
        return directory.recordersOf(branchId).stream().findFirst().or(() -> directory.secretaryOf(branchId));
    }
}
