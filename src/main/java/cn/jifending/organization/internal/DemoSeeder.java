package cn.jifending.organization.internal;

import cn.jifending.audit.Source;
import cn.jifending.organization.Actor;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.RosterImport;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the demo roster (one committee, two branches, fixed demo userids) through the ordinary
 * roster import when {@code jifen.demo.seed} is true and the organization has no branch yet. It runs
 * before the other start-up listeners, so the demo year ({@code cn.jifending.demo}) finds the roster.
 */
@Component
class DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final DemoProperties properties;
    private final MemberDirectory directory;
    private final RosterImport rosterImport;

    DemoSeeder(DemoProperties properties, MemberDirectory directory, RosterImport rosterImport) {
        this.properties = properties;
        this.directory = directory;
        this.rosterImport = rosterImport;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void seed() throws IOException {
        if (!properties.seed() || !directory.branches().isEmpty()) {
            return;
        }
        byte[] roster;
        try (InputStream in = new ClassPathResource(properties.roster()).getInputStream()) {
            roster = in.readAllBytes();
        }
        RosterImport.Result result = rosterImport.importRoster(properties.roster(), roster, Actor.system(Source.system("demo-seed")));
        log.info("Demo organization seeded: {} members from {}", result.added(), properties.roster());
    }
}
