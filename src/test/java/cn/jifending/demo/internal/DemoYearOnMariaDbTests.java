package cn.jifending.demo.internal;

import cn.jifending.TestDatabase;
import cn.jifending.annual.AnnualResults;
import cn.jifending.bot.BotGateway;
import cn.jifending.declaration.MemberDeclarations;
import cn.jifending.evaluation.Evaluation;
import cn.jifending.ledger.Scores;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.publicity.PublicityBoard;
import cn.jifending.recording.Meetings;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo year on MariaDB (the production {@code mysql} profile with the demo turned on), started on
 * 2026-12-03: the same story as {@link DemoYearOnH2Tests}. Its own fresh database: the shared test database's
 * demo branches must stay without a year.
 */
@SpringBootTest(properties = {"jifen.demo.year=true"})
@ActiveProfiles({"mysql", "test"})
@DirtiesContext
@Import(DemoYearOnMariaDbTests.Today.class)
class DemoYearOnMariaDbTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class Today {
        @Bean
        @Primary
        Clock today() {
            return Clock.fixed(DemoYearStory.TODAY, DemoYearStory.SHANGHAI);
        }
    }

    private static final TestDatabase OWN = TestDatabase.get().freshDatabase("jifen_demo");

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", OWN::url);
        registry.add("spring.datasource.username", OWN::user);
        registry.add("spring.datasource.password", OWN::password);
    }

    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;
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
    void seedingAgainAddsNothing() {
        story.seedingAgainAddsNothing();
    }
}
