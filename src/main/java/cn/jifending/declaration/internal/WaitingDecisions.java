package cn.jifending.declaration.internal;

import cn.jifending.bot.WaitingWork;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import cn.jifending.organization.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * For {@code 待审批}: the declarations waiting for this approver ({@code 通过 12} / {@code 驳回 12 理由}),
 * and for a committee admin the branch items proposed by any branch ({@code 批准项目 3} / {@code 不批准项目 3}).
 */
@Component
class WaitingDecisions implements WaitingWork {

    private final DeclarationStore declarations;
    private final BranchItemStore branchItems;
    private final MemberDirectory directory;
    private final Texts texts;

    WaitingDecisions(DeclarationStore declarations, BranchItemStore branchItems, MemberDirectory directory,
                     Texts texts) {
        this.declarations = declarations;
        this.branchItems = branchItems;
        this.directory = directory;
        this.texts = texts;
    }

    @Override
    public List<Waiting> waitingFor(Person person) {
        List<Waiting> out = new ArrayList<>();
        for (Declaration d : declarations.pendingFor(person.userId())) {
            Map<String, Object> model = Map.of("id", d.id(), "member", name(d.userId()), "item", d.itemName(),
                    "date", Texts.date(d.occurredOn()), "points", Texts.points(d.proposedPoints()),
                    "description", texts.description(d.description()));
            out.add(new Waiting(d.submittedAt(), texts.render("waiting-declaration", model),
                    texts.render("waiting-declaration-command", model)));
        }
        if (person.has(Role.COMMITTEE_ADMIN)) {
            for (BranchItemRow b : branchItems.proposed()) {
                Map<String, Object> model = Map.of("id", b.getId(), "item", b.getName(), "year", b.getItemYear(),
                        "branch", directory.branch(b.getBranchId()).map(x -> x.name()).orElse(""),
                        "points", Texts.points(b.getPoints()), "cap", Texts.points(b.getCap()));
                out.add(new Waiting(b.getProposedAt(), texts.render("waiting-branch-item", model),
                        texts.render("waiting-branch-item-command", model)));
            }
        }
        return out;
    }

    private String name(String userId) {
        return directory.findByUserId(userId).map(Person::name).orElse(userId);
    }
}
