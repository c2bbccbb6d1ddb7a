package cn.jifending.demo.internal;

import cn.jifending.bot.BotGateway;
import cn.jifending.bot.CardAction;
import cn.jifending.calendar.WorkingDays;
import cn.jifending.evaluation.Evaluation;
import cn.jifending.evaluation.RoundOpening;
import cn.jifending.evaluation.SignedScore;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import cn.jifending.publicity.Publicity;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Each finished quarter of the story as the jobs, the members and the secretary live it: the round opened
 * on the next quarter's first working day, every member's 确认 on their card the working day after, the
 * secretary's 签名确认 on the next, then the 公示 posted on its first working day and closed on its last.
 * Card presses go through the bot's door like the channel's.
 */
@Component
class RoundSteps {

    private final Evaluation evaluation;
    private final Publicity publicity;
    private final BotGateway gateway;
    private final MemberDirectory directory;
    private final WorkingDays workingDays;
    private final Clock clock;

    RoundSteps(Evaluation evaluation, Publicity publicity, BotGateway gateway, MemberDirectory directory,
               WorkingDays workingDays, Clock clock) {
        this.evaluation = evaluation;
        this.publicity = publicity;
        this.gateway = gateway;
        this.directory = directory;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    void schedule(Timeline timeline, List<Long> branches, YearMonth last) {
        int year = last.getYear();
        for (int quarter = 1; quarter * 3 <= last.getMonthValue(); quarter++) {
            int q = quarter;
            // the next quarter's first working day: the first after the quarter's last day
            LocalDate opening = workingDays.nextWorkingDay(YearMonth.of(year, q * 3).atEndOfMonth());
            timeline.at(opening.atTime(9, 0), () -> branches.forEach(b -> open(timeline, b, year, q, opening)));
        }
    }

    private void open(Timeline timeline, long branchId, int year, int quarter, LocalDate opening) {
        RoundOpening round = evaluation.open(branchId, year, quarter, "system", DemoYearSeeder.SOURCE);
        if (round.status() != RoundOpening.Status.OPENED) {
            return;
        }
        long roundId = round.roundId();
        LocalDate confirming = workingDays.nextWorkingDay(opening);
        timeline.at(confirming.atTime(10, 0), () -> {
            for (SignedScore s : evaluation.signedScores(roundId)) {
                directory.findByMemberId(s.memberId()).ifPresent(p -> press("evaluation-" + roundId + "-" + s.memberId(),
                        p.userId(), "evaluation-confirm", roundId));
            }
        });
        LocalDate signing = workingDays.nextWorkingDay(confirming);
        timeline.at(signing.atTime(11, 0), () -> directory.secretaryOf(branchId).map(Person::userId).ifPresent(secretary -> {
            press("evaluation-signoff-" + roundId, secretary, "evaluation-sign", roundId);
            publicity.windowOf(branchId, year, quarter).ifPresent(window -> {
                timeline.at(window.firstDay().atTime(9, 0), () -> publicity.announceDue(DemoYearSeeder.SOURCE));
                timeline.at(window.lastDay().atTime(18, 5), () -> publicity.closeDue(DemoYearSeeder.SOURCE));
            });
        }));
    }

    private void press(String outTrackId, String userId, String actionId, long roundId) {
        gateway.onCardAction(new CardAction(outTrackId, userId, actionId, Map.of("roundId", String.valueOf(roundId)),
                clock.instant()));
    }
}
