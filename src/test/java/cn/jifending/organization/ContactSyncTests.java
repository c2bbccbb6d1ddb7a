package cn.jifending.organization;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.bot.BotGateway;
import cn.jifending.bot.InboundMessage;
import cn.jifending.organization.ContactSource.Contact;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code 同步通讯录} on the real database with a fake contacts directory standing in for DingTalk's
 * address book: differences are reported, only names of known members change (audited).
 */
@Import(ContactSyncTests.FakeContacts.class)
class ContactSyncTests extends MariaDbTestBase {

    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;
    @Autowired Organization organization;
    @Autowired MemberDirectory directory;
    @Autowired ContactSync sync;
    @Autowired FakeContacts contacts;

    @Test
    void reportsBothSidesAndTakesOverChangedNamesOnly() {
        OrgFixture fixture = new OrgFixture(organization);
        Branch branch = fixture.branch();
        LocalDate since = LocalDate.of(2025, 1, 1);
        Member renamed = fixture.member(branch, since);
        Member same = fixture.member(branch, since);
        Member missing = fixture.member(branch, since);
        String stranger = OrgFixture.unique("dt");
        contacts.set(List.of(new Contact(renamed.userId(), "新名字" + renamed.id(), branch.name()),
                new Contact(same.userId(), same.name(), branch.name()),
                new Contact(stranger, "外单位人员", "办公室")));
        long before = maxOutbox();

        say("demo-admin", "同步通讯录");

        String body = jdbc.sql("SELECT body FROM outbox_message WHERE id > :b AND template = 'contacts-sync-report'")
                .param("b", before).query(String.class).single();
        assertThat(body).contains(renamed.name() + " → 新名字" + renamed.id(), "外单位人员（" + stranger + "，办公室）");
        assertThat(directory.member(renamed.id()).orElseThrow().name()).isEqualTo("新名字" + renamed.id());
        assertThat(directory.member(same.id()).orElseThrow().name()).isEqualTo(same.name());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'organization.member.renamed' "
                        + "AND subject_id = :id").param("id", String.valueOf(renamed.id())).query(Long.class).single())
                .isEqualTo(1);

        // a second sync changes nothing more and still reports the differences; nobody is added or removed
        ContactSync.Report again = sync.sync(new Actor("demo-admin", cn.jifending.audit.Source.system("test")));
        assertThat(again.renamed()).extracting(ContactSync.Rename::userId).doesNotContain(renamed.userId());
        assertThat(again.unknownInDirectory()).extracting(Person::userId).contains(missing.userId())
                .doesNotContain(renamed.userId(), same.userId());
        assertThat(again.notInRoster()).extracting(Contact::userId).containsExactly(stranger);
        assertThat(directory.findByUserId(stranger)).isEmpty();
        assertThat(directory.findByUserId(missing.userId())).isPresent();
    }

    @Test
    void anUnreadableDirectoryIsToldInAChineseSentenceAndNonAdminsAreRefused() {
        contacts.failing = true;
        try {
            long before = maxOutbox();
            say("demo-admin", "同步通讯录");
            say("demo-secretary", "同步通讯录");
            assertThat(jdbc.sql("SELECT template FROM outbox_message WHERE id > :b ORDER BY id").param("b", before)
                    .query(String.class).list())
                    .containsExactly("contacts-sync-failed-no-permission", "refused");
            String body = jdbc.sql("SELECT body FROM outbox_message WHERE id > :b ORDER BY id LIMIT 1")
                    .param("b", before).query(String.class).single();
            assertThat(body).contains("通讯录", "权限").doesNotContain("60011", "errcode", "permission");
        } finally {
            contacts.failing = false;
        }
    }

    @Test
    void everyReasonHasItsOwnChineseSentence() {
        for (ContactSource.Reason reason : ContactSource.Reason.values()) {
            contacts.failure = reason;
            contacts.failing = true;
            try {
                long before = maxOutbox();
                say("demo-admin", "同步通讯录");
                String body = jdbc.sql("SELECT body FROM outbox_message WHERE id > :b ORDER BY id LIMIT 1")
                        .param("b", before).query(String.class).single();
                assertThat(body).as(reason.name()).contains("同步通讯录").doesNotContainPattern("[A-Za-z]{5,}");
            } finally {
                contacts.failing = false;
                contacts.failure = ContactSource.Reason.NO_PERMISSION;
            }
        }
    }

    private long maxOutbox() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_message").query(Long.class).single();
    }

    private void say(String userId, String text) {
        gateway.onMessage(new InboundMessage(UUID.randomUUID().toString(), userId, "",
                InboundMessage.Conversation.ONE_TO_ONE, null, text, List.of(), Instant.now()));
    }

    /** A contacts directory the test fills (DingTalk's side of the port); the configuration class is the bean. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FakeContacts implements ContactSource {

        private final List<Contact> contacts = new CopyOnWriteArrayList<>();
        volatile boolean failing;
        volatile Reason failure = Reason.NO_PERMISSION;

        void set(List<Contact> list) {
            contacts.clear();
            contacts.addAll(list);
        }

        @Override
        public List<Contact> fetchContacts() {
            if (failing) {
                throw new Unavailable(failure, "errcode 60011 no permission", null);
            }
            return new ArrayList<>(contacts);
        }
    }
}
