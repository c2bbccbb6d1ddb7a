package cn.jifending.demo.internal;

import cn.jifending.annual.AnnualResults;
import cn.jifending.bot.BotGateway;
import cn.jifending.declaration.MemberDeclarations;
import cn.jifending.evaluation.Evaluation;
import cn.jifending.ledger.Scores;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.publicity.PublicityBoard;
import cn.jifending.recording.Meetings;
import java.nio.file.Files;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo year on the embedded default (H2 file database in a temp folder, no profile), started on
 * 2026-12-03: the story a newcomer finds ({@link DemoYearStory}).
 */
@SpringBootTest(properties = {"jifen.demo.year=true", "jifen.outbox.dispatch-enabled=false"})
@Import(DemoYearOnH2Tests.Today.class)
class DemoYearOnH2Tests {

    @TestConfiguration(proxyBeanMethods = false)
    static class Today {
        @Bean
        @Primary
        Clock today() {
            return Clock.fixed(DemoYearStory.TODAY, DemoYearStory.SHANGHAI);
        }
    }

    @DynamicPropertySource
    static void freshDataDir(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("jifen-h2-demo-").toString();
        registry.add("jifen.data-dir", () -> dir);
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
