package cn.jifending.recording.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatInput;
import cn.jifending.bot.InputProblem;
import cn.jifending.sheets.Spreadsheets;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.InboundMessage.Attachment;
import cn.jifending.bot.PendingInteraction;
import cn.jifending.notification.DeliveryException;
import cn.jifending.notification.Messenger;
import cn.jifending.organization.Branch;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An .xlsx/.xls/.csv file sent by a recorder or secretary: a monthly figures sheet (it has the
 * 学习强国未登录天数 column) or a meeting sign-in sheet (it has 出席情况). The same file (same
 * content hash) imported again into the branch has no further effect.
 */
@Component
@Order(100)
class SheetUploadReply implements PendingInteraction {

    private final Clerks clerks;
    private final Messenger messenger;
    private final ImportStore imports;
    private final MonthlyFiguresImport monthly;
    private final SignInSheetImport signIn;
    private final Clock clock;

    SheetUploadReply(Clerks clerks, Messenger messenger, ImportStore imports, MonthlyFiguresImport monthly,
                SignInSheetImport signIn, Clock clock) {
        this.clerks = clerks;
        this.messenger = messenger;
        this.imports = imports;
        this.monthly = monthly;
        this.signIn = signIn;
        this.clock = clock;
    }

    @Override
    public Access access() {
        return Access.or(Access.recorderOfOwnBranch(), Access.secretaryOfOwnBranch());
    }

    @Override
    public boolean tryHandle(ChatContext ctx) {
        Optional<Attachment> file = ctx.message().attachments().stream()
                .filter(a -> a.kind() == Attachment.Kind.FILE && Spreadsheets.isSheet(a.fileName())).findFirst();
        if (file.isEmpty()) {
            return false;
        }
        String text = ctx.message().text();
        List<String> words = ChatWords.of(ChatWords.RECORD.equals(ctx.keyword()) ? ctx.arguments() : text);
        ChatInput input = new ChatInput(clock);
        if (!words.stream().allMatch(w -> input.monthOrDaysMonth(w).found()
                || LedgerItem.byWord(w).isPresent() || clerks.branchNamed(w).isPresent())) {
            return false;
        }
        Optional<InputProblem> badDate = words.stream().flatMap(w -> input.monthOrDaysMonth(w).problem().stream())
                .findFirst();
        if (badDate.isPresent()) {
            ctx.reply(badDate.get().template(), badDate.get().model());
            return true;
        }
        byte[] content;
        try {
            content = messenger.download(file.get().downloadCode());
        } catch (DeliveryException e) {
            ctx.reply("sheet-download-failed", Map.of("text", file.get().fileName()));
            return true;
        }
        SheetLayout sheet;
        try {
            sheet = SheetLayout.of(Spreadsheets.read(file.get().fileName(), content));
        } catch (Spreadsheets.UnreadableSheet e) {
            if (e.line() > 0) {
                ctx.reply("sheet-malformed-csv", Map.of("file", file.get().fileName(), "line", e.line()));
                return true;
            }
            ctx.reply("sheet-unreadable", Map.of("text", file.get().fileName()));
            return true;
        }
        Optional<String> branchCell = sheet.meta(SheetWords.BRANCH_KEY);
        Optional<Branch> named = words.stream().flatMap(w -> clerks.branchNamed(w).stream()).findFirst()
                .or(() -> branchCell.flatMap(clerks::branchNamed));
        if (named.isEmpty() && branchCell.isPresent()) {
            ctx.reply("sheet-branch-unknown", Map.of("text", branchCell.get()));
            return true;
        }
        long branchId = named.map(Branch::id).orElse(ctx.sender().branchId());
        if (!clerks.mayRecord(ctx.sender(), branchId)) {
            clerks.refuse(ctx, branchId, "import " + file.get().fileName());
            return true;
        }
        String sha = sha256(content);
        var earlier = imports.find(branchId, sha);
        if (earlier.isPresent()) {
            ctx.reply("import-duplicate", Map.of("text", earlier.get().fileName(),
                    "date", ChatInput.show(earlier.get().at().toLocalDate()), "name", earlier.get().by()));
            return true;
        }
        MonthlyFiguresImport.Outcome outcome;
        if (sheet.has(SheetLayout.XUEXI) || sheet.has(SheetLayout.DAILY)) {
            outcome = monthly.importSheet(branchId, sheet,
                    ChatInput.firstOf(words, input::month).asOptional(), sha,
                    file.get().fileName(), ctx.sender(), ctx.source());
        } else if (sheet.has(SheetLayout.ATTENDANCE)) {
            outcome = signIn.importSheet(branchId, sheet, words, sha, file.get().fileName(), ctx.sender(), ctx.source(),
                    ctx.outbox());
        } else {
            ctx.reply("sheet-unknown", Map.of("text", file.get().fileName()));
            return true;
        }
        ctx.reply(outcome.template(), outcome.model());
        return true;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
