package cn.jifending.annual.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.CommandHandler;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code 抽查 [数量] [种子]} and {@code 抽查 #12 合格 / 有问题 说明}: see {@link SpotChecks}. */
@Component
class SpotCheckCommand implements CommandHandler {

    private final SpotChecks spotChecks;

    SpotCheckCommand(SpotChecks spotChecks) {
        this.spotChecks = spotChecks;
    }

    @Override
    public Set<String> keywords() {
        return Set.of("抽查");
    }

    @Override
    public Access access() {
        return Access.committeeAdmin();
    }

    @Override
    public void handle(ChatContext ctx) {
        spotChecks.chat(ctx);
    }
}
