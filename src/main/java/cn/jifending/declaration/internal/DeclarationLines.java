package cn.jifending.declaration.internal;

import cn.jifending.declaration.MemberDeclarations;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@link MemberDeclarations} from the same rows and status words as {@code 我的申报}. */
@Component
class DeclarationLines implements MemberDeclarations {

    private final DeclarationStore declarations;
    private final Texts texts;

    DeclarationLines(DeclarationStore declarations, Texts texts) {
        this.declarations = declarations;
        this.texts = texts;
    }

    @Override
    public List<Line> latest(long memberId, int limit) {
        return declarations.ofMember(memberId, Math.max(1, Math.min(limit, 200))).stream()
                .map(d -> new Line(d.id(), d.itemName(), d.occurredOn(), texts.status(d.status()),
                        d.points() == null ? d.proposedPoints() : d.points(), d.rejectReason()))
                .toList();
    }
}
