package cn.jifending.evaluation.internal;

import cn.jifending.audit.Source;
import cn.jifending.bot.Access;
import cn.jifending.bot.CardActionContext;
import cn.jifending.bot.CardActionHandler;
import cn.jifending.bot.CardParams;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Buttons of the round's cards: 确认 / 有异议 ({@code reason} input) on a member's card, 维持 / 更正
 * on the panel's objection card (its two inputs: {@code note}, the reason, and {@code correction}, the
 * 编号 of the fact as the card lists it and the new value), 签名确认 on the secretary's sign-off card.
 */
@Component
class EvaluationCardAction implements CardActionHandler {

    private final RoundActions actions;

    EvaluationCardAction(RoundActions actions) {
        this.actions = actions;
    }

    @Override
    public Set<String> actionIds() {
        return Set.of("evaluation-confirm", "evaluation-object", "evaluation-uphold", "evaluation-correct",
                "evaluation-sign");
    }

    @Override
    public Access access() {
        return Access.each(Map.of(
                "evaluation-confirm", Access.anyone(),
                "evaluation-object", Access.anyone(),
                "evaluation-uphold", Access.panelOfOwnBranch(),
                "evaluation-correct", Access.panelOfOwnBranch(),
                "evaluation-sign", Access.secretaryOfOwnBranch()));
    }

    @Override
    public void handle(CardActionContext ctx) {
        Source source = ctx.source();
        switch (ctx.action().actionId()) {
            case "evaluation-confirm" -> withId(ctx, "roundId",
                    id -> actions.answer(ctx.actor(), id, "CONFIRMED", null, source, ctx.outbox()));
            case "evaluation-object" -> withId(ctx, "roundId",
                    id -> actions.answer(ctx.actor(), id, "OBJECTED", ctx.param("reason"), source, ctx.outbox()));
            case "evaluation-uphold" -> withId(ctx, "answerId",
                    id -> actions.decide(ctx.actor(), id, "UPHELD", ctx.param("note"), "", "", source, ctx.outbox()));
            case "evaluation-correct" -> withId(ctx, "answerId",
                    id -> {
                        // "<编号> <新值>": the first word names the fact, the rest is its new value
                        String[] correction = ctx.param("correction").strip().split("[\\s\\u3000]+", 2);
                        actions.decide(ctx.actor(), id, "CORRECTED", ctx.param("note"), correction[0],
                                correction.length > 1 ? correction[1] : "", source, ctx.outbox());
                    });
            default -> withId(ctx, "roundId", id -> actions.signOff(ctx.actor(), id, null, ctx.action().outTrackId(),
                    source, ctx.outbox()));
        }
    }

    private static void withId(CardActionContext ctx, String param, Consumer<Long> action) {
        CardParams.id(ctx, param).ifPresent(action);
    }
}
