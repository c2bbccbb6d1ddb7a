package cn.jifending.organization;

import java.time.LocalDate;
import java.util.UUID;

/** Builds small, uniquely named organizations for tests sharing one database. */
public class OrgFixture {

    public static final Actor ADMIN = new Actor("test-admin", cn.jifending.audit.Source.system("test"));

    private final Organization organization;
    private final long committeeId;

    public OrgFixture(Organization organization) {
        this.organization = organization;
        this.committeeId = organization.ensureCommittee("test-committee", ADMIN);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public Branch branch() {
        return organization.ensureBranch(committeeId, unique("branch"), ADMIN);
    }

    public Member member(Branch branch, LocalDate since) {
        return organization.addMember(new NewMember(unique("user"), unique("name"), false, null, branch.id(),
                null, since), ADMIN);
    }

    public Member probationary(Branch branch, LocalDate since) {
        return organization.addMember(new NewMember(unique("user"), unique("name"), true, since, branch.id(),
                null, since), ADMIN);
    }
}
