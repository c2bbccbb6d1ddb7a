package cn.jifending.declaration.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.PendingInteraction;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Claims the messages that belong to a declaration: {@code 申报 …} or a message starting with an
 * item's name or abbreviation starts one; 确认 / 取消, the answer to the last question, and photos
 * continue the one under way (within the window). Anything else is left to the other handlers.
 */
@Component
@Order(50)
class DeclarationReply implements PendingInteraction {

    private static final Pattern CONFIRM = Pattern.compile("(确认|确定|提交|确认提交|是|好的?|对|ok|OK)[。.!！]?");
    private static final Pattern CANCEL = Pattern.compile("(取消|不要了|算了|撤销|放弃|否)[。.!！]?");

    private final DeclarationFlow flow;
    private final Submission submission;
    private final DraftStore drafts;

    DeclarationReply(DeclarationFlow flow, Submission submission, DraftStore drafts) {
        this.flow = flow;
        this.submission = submission;
        this.drafts = drafts;
    }

    @Override
    public Access access() {
        return Access.anyone();
    }

    @Override
    public boolean tryHandle(ChatContext ctx) {
        String text = ctx.message().text();
        boolean confirm = CONFIRM.matcher(text).matches();
        boolean cancel = CANCEL.matcher(text).matches();
        boolean declares = text.startsWith("申报") || text.startsWith("我要申报");
        if (ctx.sender().branchId() == null) {
            if (declares || confirm || cancel) {
                ctx.reply("declaration-no-branch", Map.of("name", ctx.sender().name()));
                return true;
            }
            return false;
        }
        Optional<Draft> draft = flow.live(ctx.sender().userId());
        if (draft.isPresent()) {
            if (confirm) {
                submission.confirm(ctx, draft.get());
                return true;
            }
            if (cancel) {
                drafts.delete(ctx.sender().userId());
                ctx.reply("declaration-cancelled", Map.of());
                return true;
            }
            if (text.isEmpty() && ctx.hasAttachments()) {
                flow.photos(ctx, draft.get());
                return true;
            }
            boolean answersItem = draft.get().stage() == Draft.Stage.ITEM && !declares;
            if (answersItem && flow.answer(ctx, draft.get())) {
                return true;
            }
        } else if (confirm && submission.repeatedConfirm(ctx)) {
            return true;
        } else if (confirm || cancel) {
            ctx.reply("declaration-nothing-pending", Map.of());
            return true;
        }
        if (declares || flow.startsWithItem(text, ctx.sender().branchId())) {
            flow.start(ctx);
            return true;
        }
        return draft.isPresent() && !text.isEmpty() && flow.answer(ctx, draft.get());
    }
}
