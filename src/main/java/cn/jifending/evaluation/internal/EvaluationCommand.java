package cn.jifending.evaluation.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.ChatInput;
import cn.jifending.bot.CommandHandler;
import cn.jifending.bot.Quarter;
import cn.jifending.bot.Reading;
import cn.jifending.notification.TemplateModel;
import cn.jifending.evaluation.Evaluation;
import cn.jifending.evaluation.RoundOpening;
import cn.jifending.organization.Person;
import cn.jifending.scoring.YearResult;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code 开始考评 2026Q3} (secretary, manual run of the opening job), {@code 考评进度 [2026Q3]}
 * (the panel), {@code 季度积分 [年份]} (a member's own quarters: snapshot and any correction since),
 * {@code 签名确认 2026Q3 [理由 …]} (the secretary's sign-off by text; the reason overrides missing figures).
 */
@Component
class EvaluationCommand implements CommandHandler {

    private final Evaluation evaluation;
    private final EvaluationStore store;
    private final Snapshots snapshots;
    private final RoundCards cards;
    private static final java.util.regex.Pattern SIGN_OFF = EvaluationWords.SIGN_OFF_ARGUMENTS;

    private final Clock clock;
    private final RoundActions actions;

    EvaluationCommand(Evaluation evaluation, EvaluationStore store, Snapshots snapshots, RoundCards cards,
                       Clock clock, RoundActions actions) {
        this.actions = actions;
        this.evaluation = evaluation;
        this.store = store;
        this.snapshots = snapshots;
        this.cards = cards;
        this.clock = clock;
    }

    @Override
    public Set<String> keywords() {
        return Set.of(EvaluationWords.OPEN, EvaluationWords.PROGRESS, EvaluationWords.HISTORY, EvaluationWords.SIGN_OFF);
    }

    @Override
    public Access access() {
        return Access.each(Map.of(
                EvaluationWords.OPEN, Access.secretaryOfOwnBranch(),
                EvaluationWords.SIGN_OFF, Access.secretaryOfOwnBranch(),
                EvaluationWords.PROGRESS, Access.panelOfOwnBranch(),
                EvaluationWords.HISTORY, Access.anyone()));
    }

    @Override
    public void handle(ChatContext ctx) {
        String keyword = ctx.keyword();
        if (keyword.equals(EvaluationWords.OPEN)) {
            open(ctx);
        } else if (keyword.equals(EvaluationWords.PROGRESS)) {
            progress(ctx);
        } else if (keyword.equals(EvaluationWords.SIGN_OFF)) {
            signOff(ctx);
        } else {
            history(ctx);
        }
    }

    private void open(ChatContext ctx) {
        Person sender = ctx.sender();
        Optional<Quarter> key = quarter(ctx, ctx.arguments(), "evaluation-open-usage");
        if (key.isEmpty()) {
            return;
        }
        RoundOpening opening = evaluation.open(sender.branchId(), key.get().year(), key.get().quarter(),
                sender.userId(), ctx.source());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("year", key.get().year());
        model.put("quarter", key.get().quarter());
        model.put("members", opening.members());
        model.put("deadline", opening.deadline());
        model.put("lastDay", key.get().lastDay());
        ctx.reply(switch (opening.status()) {
            case OPENED -> "evaluation-opened";
            case ALREADY_OPEN -> "evaluation-already-open";
            case QUARTER_NOT_OVER -> "evaluation-quarter-not-over";
            case NO_MEMBERS -> "evaluation-no-members";
        }, model);
    }

    private void signOff(ChatContext ctx) {
        Person sender = ctx.sender();
        java.util.regex.Matcher m = SIGN_OFF.matcher(ctx.arguments().strip());
        Optional<Quarter> key = quarter(ctx, m.matches() ? m.group(1) : "", "evaluation-signoff-usage");
        if (key.isEmpty()) {
            return;
        }
        String reason = m.group(2);
        if (reason != null && reason.isBlank()) {
            ctx.reply("evaluation-signoff-usage", Map.of("example", lastQuarter()));
            return;
        }
        Optional<RoundRow> round = store.round(sender.branchId(), key.get().year(), key.get().quarter());
        if (round.isEmpty()) {
            ctx.reply("evaluation-signoff-no-round", Map.of("quarter", key.get().toString()));
            return;
        }
        actions.signOff(sender, round.get().id(), reason, null, ctx.source(), ctx.outbox());
    }

    private void progress(ChatContext ctx) {
        Person sender = ctx.sender();
        Optional<RoundRow> round;
        if (ctx.arguments().isBlank()) {
            round = store.latestRound(sender.branchId());
        } else {
            Optional<Quarter> key = quarter(ctx, ctx.arguments(), "evaluation-progress-usage");
            if (key.isEmpty()) {
                return;
            }
            round = store.round(sender.branchId(), key.get().year(), key.get().quarter());
        }
        if (round.isEmpty()) {
            if (ctx.arguments().isBlank()) {
                ctx.reply("evaluation-no-round-yet", Map.of("example", lastQuarter()));
            } else {
                ctx.reply("evaluation-no-round", Map.of("quarter", ctx.arguments()));
            }
            return;
        }
        Map<String, Object> model = cards.roundModel(round.get());
        model.putAll(cards.progress(round.get()));
        ctx.reply(round.get().signed() ? "evaluation-progress-signed" : "evaluation-progress", model);
    }

    /** The quarter {@code word} names; otherwise the sender is answered (the problem, or {@code usage}) and empty. */
    private Optional<Quarter> quarter(ChatContext ctx, String word, String usage) {
        Reading<Quarter> q = new ChatInput(clock).quarter(word);
        if (!q.found()) {
            ctx.reply(usage, Map.of("example", lastQuarter()));
        }
        return q.orAnswer(ctx::reply);
    }

    /** The quarter last ended, as the example of a usage reply. */
    private Quarter lastQuarter() {
        return Quarter.of(LocalDate.now(clock)).previous();
    }

    private void history(ChatContext ctx) {
        Person sender = ctx.sender();
        Optional<Integer> asked = new ChatInput(clock).yearOnly(ctx.arguments()).orAnswer(ctx::reply);
        if (asked.isEmpty()) {
            return;
        }
        int year = asked.get();
        List<SnapshotRow> rows = store.snapshotsOf(sender.memberId(), year);
        if (rows.isEmpty()) {
            ctx.reply("evaluation-history-empty", Map.of("year", year));
            return;
        }
        Map<Long, RoundRow> rounds = store.rounds(rows.stream().map(SnapshotRow::roundId).distinct().toList());
        Optional<YearResult> today = snapshots.yearOf(sender.memberId(), year); // every row's round is of this year
        List<Map<String, Object>> lines = new ArrayList<>();
        for (SnapshotRow s : rows) {
            RoundRow round = Optional.ofNullable(rounds.get(s.roundId())).orElseThrow();
            Optional<BigDecimal> now = Snapshots.currentTotal(today, round.key().quarter());
            boolean corrected = now.isPresent() && now.get().compareTo(s.total()) != 0;
            Map<String, Object> line = new LinkedHashMap<>();
            for (int q = 1; q <= 4; q++) {
                line.put("q" + q, q == round.key().quarter()); // the template names the quarter (第一季度…)
            }
            line.put("base", Snapshots.score(s.base()));
            line.put("featured", Snapshots.score(s.featured()));
            line.put("total", Snapshots.score(s.total()));
            line.put("correctedTo", corrected ? Snapshots.score(now.get()) : null);
            lines.add(line);
        }
        ctx.reply("evaluation-history", Map.of("year", year, "name", sender.name(), "rows", TemplateModel.list(lines)));
    }
}
