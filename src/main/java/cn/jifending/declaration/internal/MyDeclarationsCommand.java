package cn.jifending.declaration.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.CommandHandler;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code 我的申报}: the member's latest declarations with their status and points. */
@Component
class MyDeclarationsCommand implements CommandHandler {

    private final DeclarationStore declarations;
    private final Texts texts;

    MyDeclarationsCommand(DeclarationStore declarations, Texts texts) {
        this.declarations = declarations;
        this.texts = texts;
    }

    @Override
    public Set<String> keywords() {
        return Set.of("我的申报", "申报记录");
    }

    @Override
    public Access access() {
        return Access.anyone();
    }

    @Override
    public void handle(ChatContext ctx) {
        List<Declaration> mine = declarations.ofMember(ctx.sender().memberId(), 20);
        if (mine.isEmpty()) {
            ctx.reply("my-declarations-none", Map.of("name", ctx.sender().name()));
            return;
        }
        StringBuilder lines = new StringBuilder();
        for (Declaration d : mine) {
            Map<String, Object> model = new HashMap<>();
            model.put("id", d.id());
            model.put("item", d.itemName());
            model.put("date", Texts.date(d.occurredOn()));
            model.put("status", texts.status(d.status()));
            model.put("points", Texts.points(d.points() == null ? d.proposedPoints() : d.points()));
            model.put("reason", d.rejectReason() == null ? "" : d.rejectReason());
            lines.append(texts.render(d.status() == Declaration.Status.REJECTED ? "my-declarations-line-rejected"
                    : "my-declarations-line", model)).append('\n');
        }
        ctx.reply("my-declarations", Map.of("name", ctx.sender().name(), "lines", lines.toString().strip()));
    }
}
