package cn.jifending.organization.internal;

import cn.jifending.organization.Actor;
import cn.jifending.organization.Branch;
import cn.jifending.organization.ContactSource;
import cn.jifending.organization.ContactSource.Contact;
import cn.jifending.organization.ContactSync;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Organization;
import cn.jifending.organization.Person;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link ContactSync} over the members active today in any branch plus the committee admins. */
@Service
class DirectoryContactSync implements ContactSync {

    private final ObjectProvider<ContactSource> source;
    private final MemberDirectory directory;
    private final Organization organization;
    private final OrgClock clock;

    DirectoryContactSync(ObjectProvider<ContactSource> source, MemberDirectory directory, Organization organization,
                         OrgClock clock) {
        this.source = source;
        this.directory = directory;
        this.organization = organization;
        this.clock = clock;
    }

    @Override
    public boolean available() {
        return source.getIfAvailable() != null;
    }

    /** A directory that cannot be read has changed nothing: the caller's transaction may go on (to reply). */
    @Override
    @Transactional(noRollbackFor = ContactSource.Unavailable.class)
    public Report sync(Actor by) {
        ContactSource contacts = source.getIfAvailable();
        if (contacts == null) {
            throw new IllegalStateException("no contacts directory is connected (sandbox mode)");
        }
        Map<String, Contact> byUser = new LinkedHashMap<>();
        for (Contact c : contacts.fetchContacts()) {
            byUser.putIfAbsent(c.userId(), c);
        }
        Map<String, Person> roster = new LinkedHashMap<>();
        for (Branch b : directory.branches()) {
            directory.membersOn(b.id(), clock.today()).forEach(p -> roster.putIfAbsent(p.userId(), p));
        }
        directory.committeeAdmins().forEach(p -> roster.putIfAbsent(p.userId(), p));

        List<Person> unknown = new ArrayList<>();
        List<Rename> renamed = new ArrayList<>();
        for (Person p : roster.values()) {
            Contact c = byUser.get(p.userId());
            if (c == null) {
                unknown.add(p);
            } else if (c.name() != null && !c.name().isBlank() && !c.name().strip().equals(p.name())) {
                organization.renameMember(p.memberId(), c.name(), by);
                renamed.add(new Rename(p.userId(), p.name(), c.name().strip()));
            }
        }
        List<Contact> notInRoster = byUser.values().stream()
                .filter(c -> !roster.containsKey(c.userId()) && directory.findByUserId(c.userId()).isEmpty()).toList();
        return new Report(unknown, notInRoster, renamed);
    }
}
