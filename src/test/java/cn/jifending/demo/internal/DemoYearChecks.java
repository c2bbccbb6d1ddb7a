package cn.jifending.demo.internal;

import cn.jifending.annual.AnnualResults;
import cn.jifending.bot.BotGateway;
import cn.jifending.declaration.MemberDeclarations;
import cn.jifending.evaluation.Evaluation;
import cn.jifending.ledger.Scores;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.publicity.PublicityBoard;
import cn.jifending.recording.Meetings;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo year's story ({@link DemoYearStory}) as tests, started on 2026-12-03; each database's class
 * ({@link DemoYearOnH2Tests}, {@link DemoYearOnMariaDbTests}) sets up its own fresh database.
 */
abstract class DemoYearChecks {

    /** The day the story is told on. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Today {
        @Bean
        @Primary
        Clock today() {
            return Clock.fixed(DemoYearStory.TODAY, DemoYearStory.SHANGHAI);
        }
    }

    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired Clock clock;
    @Autowired MemberDirectory directory;
    @Autowired Scores scores;
    @Autowired Evaluation evaluation;
    @Autowired PublicityBoard publicity;
    @Autowired AnnualResults annual;
    @Autowired MemberDeclarations declarations;
    @Autowired Meetings meetings;
    @Autowired DemoYearSeeder seeder;

    DemoYearStory story;

    @BeforeEach
    void story() {
        story = new DemoYearStory(gateway, jdbc, clock, directory, scores, evaluation, publicity, annual, declarations,
                meetings, seeder);
    }

    @Test
    void myScoresShowARealYear() {
        story.myScoresShowARealYear();
    }

    @Test
    void firstThreeQuartersSignedOffAndTheirPublicityClosed() {
        story.firstThreeQuartersSignedOffAndTheirPublicityClosed();
    }

    @Test
    void oneMemberInYellow() {
        story.oneMemberInYellow();
    }

    @Test
    void theSecretaryHasDeclarationsToApprove() {
        story.theSecretaryHasDeclarationsToApprove();
    }

    @Test
    void aRejectedDeclarationShowsItsReasonToItsMember() {
        story.aRejectedDeclarationShowsItsReasonToItsMember();
    }

    @Test
    void theRecorderRecordedEveryMeetingWithItsSignIn() {
        story.theRecorderRecordedEveryMeetingWithItsSignIn();
    }

    @Test
    void theRecorderRecordedEveryMonthsFiguresAndFindings() {
        story.theRecorderRecordedEveryMonthsFiguresAndFindings();
    }

    @Test
    void seedingAgainAddsNothing() {
        story.seedingAgainAddsNothing();
    }

    /** The database the story was told on, as its JDBC driver names it. */
    Database database() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            return new Database(meta.getDatabaseProductName(), meta.getURL());
        }
    }

    record Database(String product, String url) {
    }
}
