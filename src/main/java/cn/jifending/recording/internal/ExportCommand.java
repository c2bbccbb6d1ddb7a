package cn.jifending.recording.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.ChatInput;
import cn.jifending.bot.CommandHandler;
import cn.jifending.bot.Reading;
import cn.jifending.report.AssessmentForms;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code 导出 [支部] <月份>}: sends the month's 考核表 (.xlsx) to the recorder or secretary who asked. */
@Component
class ExportCommand implements CommandHandler {

    private final Clerks clerks;
    private final AssessmentForms forms;
    private final Clock clock;

    ExportCommand(Clerks clerks, AssessmentForms forms, Clock clock) {
        this.clerks = clerks;
        this.forms = forms;
        this.clock = clock;
    }

    @Override
    public Set<String> keywords() {
        return Set.of("导出");
    }

    @Override
    public Access access() {
        return Access.or(Access.recorderOfOwnBranch(), Access.secretaryOfOwnBranch());
    }

    @Override
    public void handle(ChatContext ctx) {
        List<String> words = ChatWords.of(ctx.arguments());
        Optional<Long> branch = clerks.branchToRecord(ctx, words, ctx.keyword());
        if (branch.isEmpty()) {
            return;
        }
        long branchId = branch.get();
        LocalDate today = LocalDate.now(clock);
        Reading<YearMonth> read = ChatInput.firstOf(words, new ChatInput(clock)::month);
        if (read.failed()) {
            ctx.reply(read.problem().orElseThrow().template(), read.problem().orElseThrow().model());
            return;
        }
        Optional<YearMonth> month = read.asOptional();
        if (month.isEmpty()) {
            ctx.reply("export-usage", Map.of());
            return;
        }
        if (month.get().isAfter(YearMonth.from(today))) {
            ctx.reply("export-future", Map.of("month", ChatInput.show(month.get())));
            return;
        }
        byte[] xlsx = forms.monthly(branchId, month.get());
        String file = forms.fileName(branchId, month.get());
        ctx.outbox().file(List.of(ctx.sender().userId()), file, xlsx);
        ctx.reply("export-sent", Map.of("month", ChatInput.show(month.get()), "text", file));
    }
}
