package cn.jifending.recording.internal;

import cn.jifending.audit.Source;
import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import cn.jifending.bot.ChatContext;
import cn.jifending.organization.Branch;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import cn.jifending.organization.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who may record for a branch: its recorders (记分员) and its secretary. A refusal is audited, so a
 * recorder of one branch writing for another leaves a trace.
 */
@Component
class Clerks {

    private final MemberDirectory directory;
    private final AuditLog audit;

    Clerks(MemberDirectory directory, AuditLog audit) {
        this.directory = directory;
        this.audit = audit;
    }

    /** Whether the person is a recorder or the secretary of the branch today. */
    boolean mayRecord(Person p, long branchId) {
        return holds(p, branchId, Role.RECORDER) || holds(p, branchId, Role.SECRETARY);
    }

    /** Whether the person is the secretary of the branch today. */
    boolean isSecretaryOf(Person p, long branchId) {
        return holds(p, branchId, Role.SECRETARY);
    }

    /**
     * The branches the person is secretary of today: a role counts only in the branch its holder belongs
     * to today ({@link MemberDirectory#withRole}), so at most their own branch, and only if they hold it.
     */
    List<Long> branchesAsSecretary(Person p) {
        return p.branchId() != null && p.has(Role.SECRETARY) && isSecretaryOf(p, p.branchId())
                ? List.of(p.branchId()) : List.of();
    }

    /** Whether the person is a branch committee member (支委) of the branch today. */
    boolean isCommitteeMemberOf(Person p, long branchId) {
        return holds(p, branchId, Role.BRANCH_COMMITTEE_MEMBER);
    }

    /** Whether the person holds a role in the branch today. */
    boolean holds(Person p, long branchId, Role role) {
        return directory.withRole(branchId, role).stream().anyMatch(h -> h.memberId() == p.memberId());
    }

    /** Whether the person records for any branch (their own, as their roles say). */
    boolean isClerk(Person p) {
        return p.branchId() != null && (p.has(Role.RECORDER) || p.has(Role.SECRETARY));
    }

    /** Audits a refused attempt to write for a branch. */
    void refused(Person p, long branchId, String what, Source source) {
        audit.record(AuditEntry.of(p.userId(), "recording.refused", "org_branch", branchId, source)
                .with("what", what).with("own_branch", p.branchId()));
    }

    /** The branch with exactly this name. */
    Optional<Branch> branchNamed(String name) {
        return directory.branches().stream().filter(b -> b.name().equals(name.strip())).findFirst();
    }

    Optional<Branch> branch(long id) {
        return directory.branch(id);
    }

    List<Person> membersOn(long branchId, java.time.LocalDate date) {
        return directory.membersOn(branchId, date);
    }

    MemberDirectory directory() {
        return directory;
    }

    /**
     * The branch a recording command acts on: the branch named among {@code words}, else the
     * sender's own. Empty, with the refusal replied and audited, when the sender may not record
     * for it.
     */
    Optional<Long> branchToRecord(ChatContext ctx, List<String> words, String what) {
        Optional<Branch> named = words.stream().flatMap(w -> branchNamed(w).stream()).findFirst();
        Long branchId = named.map(Branch::id).orElse(ctx.sender().branchId());
        if (branchId != null && mayRecord(ctx.sender(), branchId)) {
            return Optional.of(branchId);
        }
        refuse(ctx, branchId, what);
        return Optional.empty();
    }

    /** Replies that the sender may not record here, auditing the attempt when a branch is known. */
    void refuse(ChatContext ctx, Long branchId, String what) {
        if (branchId != null) {
            refused(ctx.sender(), branchId, what, ctx.source());
        }
        ctx.reply("recording-refused", Map.of("name", ctx.sender().name()));
    }
}
