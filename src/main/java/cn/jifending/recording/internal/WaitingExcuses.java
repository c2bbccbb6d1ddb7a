package cn.jifending.recording.internal;

import cn.jifending.bot.ChatInput;
import cn.jifending.bot.WaitingWork;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.organization.Member;
import cn.jifending.organization.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * For a secretary's {@code 待审批}: the excuses (请假) recorded for their branch and not yet decided,
 * each pointing at the 请假审批 card that decides it (the card is the only way to decide one). Only their
 * branch's requests are read, and the names in one batch for all of them.
 */
@Component
class WaitingExcuses implements WaitingWork {

    private final RequestStore requests;
    private final Clerks clerks;
    private final MessageTemplates templates;

    WaitingExcuses(RequestStore requests, Clerks clerks, MessageTemplates templates) {
        this.requests = requests;
        this.clerks = clerks;
        this.templates = templates;
    }

    @Override
    public List<Waiting> waitingFor(Person person) {
        List<RequestRow> pending = requests.pending(RequestStore.Kind.EXCUSE, clerks.branchesAsSecretary(person));
        if (pending.isEmpty()) {
            return List.of();
        }
        Map<Long, Member> members = clerks.directory().members(pending.stream().map(RequestRow::getMemberId)
                .distinct().toList());
        Map<String, Member> recorders = clerks.directory().membersByUserId(pending.stream()
                .map(RequestRow::getRequestedBy).distinct().toList());
        List<Waiting> out = new ArrayList<>();
        for (RequestRow r : pending) {
            Map<String, Object> model = Map.of("id", r.getId(),
                    "member", Optional.ofNullable(members.get(r.getMemberId())).map(Member::name)
                            .orElse("#" + r.getMemberId()),
                    "item", LedgerItem.byCode(r.getItem()).map(LedgerItem::word).orElse(r.getItem()),
                    "date", ChatInput.show(r.getOccurredOn()),
                    "recorder", Optional.ofNullable(recorders.get(r.getRequestedBy())).map(Member::name)
                            .orElse(r.getRequestedBy()));
            out.add(new Waiting(r.getCreatedAt(), templates.message("waiting-excuse", model).strip(),
                    templates.message("waiting-excuse-command", model).strip()));
        }
        return out;
    }
}
