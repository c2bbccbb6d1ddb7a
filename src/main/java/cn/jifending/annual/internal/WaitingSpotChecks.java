package cn.jifending.annual.internal;

import cn.jifending.bot.WaitingWork;
import cn.jifending.ledger.Ledger;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import cn.jifending.organization.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** For a committee admin's {@code 待审批}: the drawn spot-check items not yet checked ({@code 抽查 #12 合格}). */
@Component
class WaitingSpotChecks implements WaitingWork {

    private final SpotCheckStore store;
    private final Ledger ledger;
    private final MemberDirectory directory;
    private final FactDescriptions facts;
    private final MessageTemplates templates;

    WaitingSpotChecks(SpotCheckStore store, Ledger ledger, MemberDirectory directory, FactDescriptions facts,
                      MessageTemplates templates) {
        this.store = store;
        this.ledger = ledger;
        this.directory = directory;
        this.facts = facts;
        this.templates = templates;
    }

    @Override
    public List<Waiting> waitingFor(Person person) {
        if (!person.has(Role.COMMITTEE_ADMIN)) {
            return List.of();
        }
        List<Waiting> out = new ArrayList<>();
        for (var item : store.undecided()) {
            ledger.find(item.factId()).ifPresent(f -> {
                Map<String, Object> model = new HashMap<>(facts.describe(f));
                model.put("itemId", item.itemId());
                model.put("member", directory.findByMemberId(f.memberId()).map(Person::name).orElse(""));
                model.put("branch", directory.branch(f.branchId()).map(b -> b.name()).orElse(""));
                model.put("date", f.occurredOn());
                out.add(new Waiting(item.drawnAt(), templates.message("waiting-spot-check", model).strip(),
                        templates.message("waiting-spot-check-command", model).strip()));
            });
        }
        return out;
    }
}
