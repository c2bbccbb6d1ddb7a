package cn.jifending.recording.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.CommandHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code 模板}: sends the blank sheets from {@code bot-templates/sheets/} — the monthly figures
 * sheet, and with {@code 模板 签到} the meeting sign-in sheet.
 */
@Component
class TemplateCommand implements CommandHandler {

    static final String MONTHLY = "月度数据模板.csv";
    static final String SIGN_IN = "签到表模板.csv";

    private final Clerks clerks;

    TemplateCommand(Clerks clerks) {
        this.clerks = clerks;
    }

    @Override
    public Set<String> keywords() {
        return Set.of("模板");
    }

    @Override
    public Access access() {
        return Access.or(Access.recorderOfOwnBranch(), Access.secretaryOfOwnBranch());
    }

    @Override
    public void handle(ChatContext ctx) {
        String file = ctx.arguments().contains("签到") ? SIGN_IN : MONTHLY;
        ctx.outbox().file(List.of(ctx.sender().userId()), file, sheet(file));
        ctx.reply(file.equals(MONTHLY) ? "template-monthly-sent" : "template-sign-in-sent", Map.of("text", file));
    }

    static byte[] sheet(String name) {
        try (InputStream in = TemplateCommand.class.getClassLoader().getResourceAsStream("bot-templates/sheets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing bot-templates/sheets/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
