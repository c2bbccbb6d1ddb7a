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

    private static final Pattern CONFIRM = DeclarationWords.CONFIRM;
    private static final Pattern CANCEL = DeclarationWords.CANCEL;
    private static final Pattern KEEP_OLD = DeclarationWords.KEEP_OLD;
    private static final Pattern TAKE_NEW = DeclarationWords.TAKE_NEW;

    private final DeclarationFlow flow;
    private final Submission submission;
    private final DraftStore drafts;
    private final ReplacementStore replacements;
    private final java.time.Clock clock;

    DeclarationReply(DeclarationFlow flow, Submission submission, DraftStore drafts, ReplacementStore replacements,
                     java.time.Clock clock) {
        this.flow = flow;
        this.submission = submission;
        this.drafts = drafts;
        this.replacements = replacements;
        this.clock = clock;
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
        boolean declares = DeclarationWords.STARTS.matcher(text).matches();
        if (ctx.sender().branchId() == null) {
            if (declares || confirm || cancel) {
                ctx.reply("declaration-no-branch", Map.of("name", ctx.sender().name()));
                return true;
            }
            return false;
        }
        Optional<Draft> draft = flow.live(ctx.sender().userId());
        if (draft.isPresent() && chooseBetween(ctx, draft.get(), text)) {
            return true;
        }
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
            if (draft.isPresent()) {
                askWhichToKeep(ctx, draft.get(), text);
            } else {
                flow.start(ctx);
            }
            return true;
        }
        return draft.isPresent() && !text.isEmpty() && flow.answer(ctx, draft.get());
    }

    /**
     * A new 申报 while one is unfinished: the new one is held and the member chooses; the unfinished
     * one is never silently discarded.
     */
    private void askWhichToKeep(ChatContext ctx, Draft old, String text) {
        replacements.hold(ctx.sender().userId(), text, ctx.message().msgId(), java.time.LocalDateTime.now(clock));
        drafts.save(old, java.time.LocalDateTime.now(clock)); // the question restarts the old draft's window
        boolean cut = text.codePointCount(0, text.length()) > 40;
        ctx.reply("declaration-keep-which", Map.of("old", flow.describe(old),
                "new", cut ? text.substring(0, text.offsetByCodePoints(0, 39)) : text, "cut", cut));
    }

    /**
     * The answer to {@link #askWhichToKeep}: 保留原申报 goes on with the old draft (its next question
     * again), 改报新的 starts the held one. Any other message drops the held one and goes on as usual.
     *
     * @return true when the message was the answer
     */
    private boolean chooseBetween(ChatContext ctx, Draft old, String text) {
        Optional<ReplacementStore.Replacement> held = replacements.find(ctx.sender().userId());
        if (held.isEmpty()) {
            return false;
        }
        replacements.drop(ctx.sender().userId());
        if (KEEP_OLD.matcher(text).matches()) {
            ctx.reply("declaration-kept-old", Map.of());
            flow.advance(ctx, old);
            return true;
        }
        if (TAKE_NEW.matcher(text).matches()) {
            drafts.delete(ctx.sender().userId());
            flow.start(ctx, held.get().text(), held.get().msgId());
            return true;
        }
        return false;
    }
}
