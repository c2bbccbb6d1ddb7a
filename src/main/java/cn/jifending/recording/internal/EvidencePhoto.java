package cn.jifending.recording.internal;

import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.InboundMessage.Attachment;
import cn.jifending.bot.PendingInteraction;
import cn.jifending.recording.MeetingRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A picture the recorder sends within a few minutes of recording a meeting is the photo of its
 * paper sign-in sheet: its download code is kept on the meeting as evidence (the evidence module
 * will take over storing the bytes).
 */
@Component
@Order(200)
class EvidencePhoto implements PendingInteraction {

    static final Duration WINDOW = Duration.ofMinutes(10);

    private final MeetingStore meetings;
    private final AuditLog audit;
    private final Clock clock;

    EvidencePhoto(MeetingStore meetings, AuditLog audit, Clock clock) {
        this.meetings = meetings;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public boolean tryHandle(ChatContext ctx) {
        if (!ctx.keyword().isEmpty()) {
            return false;
        }
        Optional<Attachment> picture = ctx.message().attachments().stream()
                .filter(a -> a.kind() == Attachment.Kind.PICTURE).findFirst();
        if (picture.isEmpty()) {
            return false;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<MeetingRecord> meeting = meetings.latestWithoutEvidence(ctx.sender().userId(), now.minus(WINDOW));
        if (meeting.isEmpty()) {
            return false;
        }
        MeetingRecord m = meeting.get();
        meetings.attachEvidence(m.id(), picture.get().downloadCode(), picture.get().fileName(), now);
        audit.record(AuditEntry.changed(ctx.sender().userId(), "recording.meeting.evidence", "rec_meeting", m.id(),
                null, "evidence " + picture.get().downloadCode(), "CHAT_MESSAGE:" + ctx.message().msgId()));
        String item = LedgerItem.byCode(m.item()).map(LedgerItem::word).orElse(m.item());
        ctx.reply("meeting-evidence-attached", Map.of("item", item, "date", ChatDates.show(m.heldOn()),
                "meetingId", m.id()));
        return true;
    }
}
