package cn.jifending.publicity.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.CardActionContext;
import cn.jifending.bot.CardActionHandler;
import cn.jifending.bot.CardParams;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Buttons of the 公示 cards: 提出异议 on the publicity card ({@code reason} input), 维持 / 更正 on
 * the objection card the panel gets ({@code note} input).
 */
@Component
class PublicityCardAction implements CardActionHandler {

    private final PublicityObjections objections;

    PublicityCardAction(PublicityObjections objections) {
        this.objections = objections;
    }

    @Override
    public Set<String> actionIds() {
        return Set.of("publicity-object", "publicity-uphold", "publicity-correct");
    }

    @Override
    public Access access() {
        return Access.each(Map.of(
                "publicity-object", Access.anyone(),
                "publicity-uphold", Access.panelOfOwnBranch(),
                "publicity-correct", Access.panelOfOwnBranch()));
    }

    @Override
    public void handle(CardActionContext ctx) {
        String action = ctx.action().actionId();
        if (action.equals("publicity-object")) {
            CardParams.id(ctx, "windowId").ifPresent(windowId -> objections.object(ctx.actor(), windowId,
                    ctx.param("reason"), ctx.action().outTrackId() + ":" + ctx.actor().userId(), ctx.source(),
                    ctx.outbox()));
            return;
        }
        CardParams.id(ctx, "objectionId").ifPresent(objectionId -> objections.answer(ctx.actor(), objectionId,
                action.equals("publicity-uphold") ? "UPHELD" : "CORRECTED", ctx.param("note"), ctx.source(),
                ctx.outbox()));
    }
}
