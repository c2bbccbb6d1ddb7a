package cn.jifending.organization.internal;

import cn.jifending.sheets.Spreadsheets;
import cn.jifending.organization.Actor;
import cn.jifending.organization.Branch;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.MembershipSpell;
import cn.jifending.organization.NewMember;
import cn.jifending.organization.Organization;
import cn.jifending.organization.Person;
import cn.jifending.organization.Role;
import cn.jifending.organization.RosterError;
import cn.jifending.organization.RosterError.Problem;
import cn.jifending.organization.RosterImport;
import cn.jifending.organization.RosterImportException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class RosterImporter implements RosterImport {

    private final Organization organization;
    private final MemberDirectory directory;
    private final OrganizationProperties properties;

    RosterImporter(Organization organization, MemberDirectory directory, OrganizationProperties properties) {
        this.organization = organization;
        this.directory = directory;
        this.properties = properties;
    }

    @Override
    /** A refused file writes nothing (every row is checked first), so it need not doom the caller's transaction. */
    @Transactional(noRollbackFor = RosterImportException.class)
    public Result importRoster(String fileName, byte[] content, Actor by) {
        String hash = sha256(content);
        Actor actor = by.importing(hash);
        List<RosterLine> lines = parse(fileName, content);
        long committeeId = organization.ensureCommittee(properties.committeeName(), actor);
        int added = 0;
        int moved = 0;
        int unchanged = 0;
        for (RosterLine line : lines) {
            Branch branch = organization.ensureBranch(committeeId, line.branch(), actor);
            Long groupId = line.partyGroup() == null ? null
                    : organization.ensurePartyGroup(branch.id(), line.partyGroup(), actor).id();
            Optional<Person> known = directory.findByUserId(line.userId());
            long memberId;
            if (known.isEmpty()) {
                memberId = organization.addMember(new NewMember(line.userId(), line.name(), line.probationary(),
                        null, branch.id(), groupId, line.since()), actor).id();
                added++;
            } else if (branch.id() == currentBranch(known.get().memberId())) {
                memberId = known.get().memberId();
                unchanged++;
            } else {
                memberId = known.get().memberId();
                organization.moveMember(memberId, branch.id(), groupId, line.since(), actor);
                moved++;
            }
            for (Role role : line.roles()) {
                if (role != Role.MEMBER) {
                    organization.grantRole(memberId, role == Role.COMMITTEE_ADMIN ? null : branch.id(), role, actor);
                }
            }
        }
        return new Result(lines.size(), added, moved, unchanged, hash);
    }

    /** Parses and checks every row against the file and the stored organization; refuses on any problem. */
    private List<RosterLine> parse(String fileName, byte[] content) {
        List<List<String>> rows;
        try {
            rows = Spreadsheets.read(fileName, content);
        } catch (Spreadsheets.UnreadableSheet e) {
            throw new RosterImportException(List.of(e.line() > 0
                    ? new RosterError((int) e.line(), null, Problem.MALFORMED_CSV, null)
                    : new RosterError(1, null, Problem.UNREADABLE_FILE, fileName)));
        }
        RosterParser parser = new RosterParser();
        List<RosterLine> lines = parser.parse(rows);
        List<RosterError> errors = new ArrayList<>(parser.errors());
        for (RosterLine line : lines) {
            directory.findByUserId(line.userId()).ifPresent(p -> checkMove(line, p, errors));
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(RosterError::row));
            throw new RosterImportException(errors);
        }
        return lines;
    }

    private void checkMove(RosterLine line, Person known, List<RosterError> errors) {
        List<MembershipSpell> spells = directory.spellsOf(known.memberId());
        MembershipSpell last = spells.isEmpty() ? null : spells.get(spells.size() - 1);
        boolean sameBranch = last != null && last.isOpen()
                && directory.branch(last.branchId()).map(Branch::name).orElse("").equals(line.branch());
        if (!sameBranch && last != null && !line.since().isAfter(last.isOpen() ? last.joinedOn() : last.leftOn())) {
            errors.add(new RosterError(line.row(), RosterWords.SINCE, Problem.CONFLICTS_WITH_EXISTING,
                    line.since().toString()));
        }
    }

    private long currentBranch(long memberId) {
        return directory.spellsOf(memberId).stream().filter(MembershipSpell::isOpen)
                .mapToLong(MembershipSpell::branchId).findFirst().orElse(-1);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
