package cn.jifending.recording.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.CommandHandler;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.organization.Person;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code 模板}: sends the sheets from {@code bot-templates/sheets/} — the monthly figures sheet,
 * and with {@code 模板 签到} the meeting sign-in sheet — with a row per member of the sender's
 * branch (name and userid) so the recorder fills in only the figures.
 */
@Component
class TemplateCommand implements CommandHandler {

    private final Clerks clerks;
    private final MessageTemplates templates;
    private final Clock clock;

    TemplateCommand(Clerks clerks, MessageTemplates templates, Clock clock) {
        this.clerks = clerks;
        this.templates = templates;
        this.clock = clock;
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
        boolean signIn = ctx.arguments().contains(SheetWords.SIGN_IN);
        String file = templates.message("template-file-name", Map.of("signIn", signIn)).strip();
        List<Person> members = clerks.membersOn(ctx.sender().branchId(), LocalDate.now(clock));
        ctx.outbox().file(List.of(ctx.sender().userId()), file, preFilled(sheet(file), members, signIn ? 1 : 3));
        ctx.reply(signIn ? "template-sign-in-sent" : "template-monthly-sent", Map.of("text", file));
    }

    /**
     * The blank sheet with one row per member after its header: name and userid filled in, the
     * {@code blanks} figure columns left empty for the recorder.
     */
    static byte[] preFilled(byte[] blank, List<Person> members, int blanks) {
        StringBuilder out = new StringBuilder(new String(blank, StandardCharsets.UTF_8));
        String empty = ",".repeat(blanks);
        members.stream().sorted(Comparator.comparing(Person::name))
                .forEach(p -> out.append(cell(p.name())).append(',').append(cell(p.userId())).append(empty).append("\r\n"));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A CSV cell, quoted when the value holds a comma, quote or line break. */
    private static String cell(String value) {
        if (value.matches("(?s).*[,\"\r\n].*")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
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
