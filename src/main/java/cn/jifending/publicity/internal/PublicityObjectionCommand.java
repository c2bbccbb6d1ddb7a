package cn.jifending.publicity.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.CommandHandler;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code 公示异议 <理由>}: an objection to the branch's current 公示, typed instead of using the card. */
@Component
class PublicityObjectionCommand implements CommandHandler {

    private final PublicityObjections objections;

    PublicityObjectionCommand(PublicityObjections objections) {
        this.objections = objections;
    }

    @Override
    public Set<String> keywords() {
        return Set.of("公示异议");
    }

    @Override
    public Access access() {
        return Access.anyone();
    }

    @Override
    public void handle(ChatContext ctx) {
        objections.object(ctx.sender(), null, ctx.arguments(), ctx.source().toString(), ctx.source(),
                ctx.outbox());
    }
}
