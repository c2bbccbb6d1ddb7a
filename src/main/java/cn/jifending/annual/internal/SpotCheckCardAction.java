package cn.jifending.annual.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.CardActionContext;
import cn.jifending.bot.CardActionHandler;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The spot-check card's 合格 ({@code spot-check-pass}) / 有问题 ({@code spot-check-problem}): see {@link SpotChecks}. */
@Component
class SpotCheckCardAction implements CardActionHandler {

    private final SpotChecks spotChecks;

    SpotCheckCardAction(SpotChecks spotChecks) {
        this.spotChecks = spotChecks;
    }

    @Override
    public Set<String> actionIds() {
        return Set.of("spot-check-pass", "spot-check-problem");
    }

    @Override
    public Access access() {
        return Access.committeeAdmin();
    }

    @Override
    public void handle(CardActionContext ctx) {
        spotChecks.press(ctx);
    }
}
