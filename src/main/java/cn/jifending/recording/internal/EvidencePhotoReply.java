package cn.jifending.recording.internal;

import cn.jifending.bot.Access;
import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.ChatInput;
import cn.jifending.bot.InboundMessage.Attachment;
import cn.jifending.bot.PendingInteraction;
import cn.jifending.evidence.Evidence;
import cn.jifending.evidence.EvidenceRejectedException;
import cn.jifending.evidence.EvidenceStore;
import cn.jifending.recording.MeetingRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A picture the recorder sends within a few minutes of recording a meeting is the photo of its
 * paper sign-in sheet: its bytes are fetched at once (the channel's download links are temporary) and
 * stored through the evidence module, and the evidence id is kept on the meeting. A photo that cannot
 * be fetched or is refused (size, type) is answered with the reason and nothing is attached.
 */
@Component
@Order(200)
class EvidencePhotoReply implements PendingInteraction {

    static final Duration WINDOW = Duration.ofMinutes(10);

    private final MeetingStore meetings;
    private final EvidenceStore evidence;
    private final AuditLog audit;
    private final Clock clock;

    EvidencePhotoReply(MeetingStore meetings, EvidenceStore evidence, AuditLog audit, Clock clock) {
        this.meetings = meetings;
        this.evidence = evidence;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Access access() {
        return Access.anyone();
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
        Attachment photo = picture.get();
        String name = photo.fileName() == null || photo.fileName().isBlank() ? "sign-in-sheet.jpg" : photo.fileName();
        Evidence stored;
        try {
            stored = evidence.fetch(photo.downloadCode(), name, ctx.sender().userId(), ctx.source());
        } catch (EvidenceRejectedException e) {
            ctx.reply("evidence-" + e.problem().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    Map.of("file", photo.fileName() == null ? "" : photo.fileName().strip(), "picture", true,
                            "signInSheet", true, "limit", e.limitBytes() / (1024 * 1024) + "MB"));
            return true;
        }
        meetings.attachEvidence(m.id(), stored.id(), photo.downloadCode(), name, now);
        audit.record(AuditEntry.of(ctx.sender().userId(), "recording.meeting.evidence", "rec_meeting", m.id(),
                ctx.source()).with("evidence", stored.id()));
        String item = LedgerItem.byCode(m.item()).map(LedgerItem::word).orElse(m.item());
        ctx.reply("meeting-evidence-attached", Map.of("item", item, "date", ChatInput.show(m.heldOn()),
                "meetingId", m.id()));
        return true;
    }
}
