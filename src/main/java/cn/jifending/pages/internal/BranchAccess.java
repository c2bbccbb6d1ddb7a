package cn.jifending.pages.internal;

import cn.jifending.organization.Branch;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import cn.jifending.organization.Role;
import org.springframework.stereotype.Component;

/**
 * The branch a page shows, scoped as in chat: a committee admin may open any branch; the recorder and
 * the panel their own; a member their own branch's 公示 only.
 */
@Component
class BranchAccess {

    private final MemberDirectory directory;

    BranchAccess(MemberDirectory directory) {
        this.directory = directory;
    }

    /** The branch of the branch table; {@link PageRefused} for anyone without a branch role there. */
    Branch table(Person viewer, Long requested) {
        if (viewer.has(Role.COMMITTEE_ADMIN)) {
            return any(viewer, requested);
        }
        if (!Navigation.of(viewer).branch()) {
            throw new PageRefused(PageRefused.Reason.BRANCH_TABLE_ROLES);
        }
        return own(viewer, requested);
    }

    /** The branch whose 公示 the viewer sees: their own (any branch for a committee admin). */
    Branch publicity(Person viewer, Long requested) {
        return viewer.has(Role.COMMITTEE_ADMIN) ? any(viewer, requested) : own(viewer, requested);
    }

    private Branch own(Person viewer, Long requested) {
        if (viewer.branchId() == null) {
            throw new PageRefused(PageRefused.Reason.NO_BRANCH);
        }
        if (requested != null && !requested.equals(viewer.branchId())) {
            throw new PageRefused(PageRefused.Reason.OTHER_BRANCH, viewer.branchName());
        }
        return directory.branch(viewer.branchId()).orElseThrow(() -> new PageRefused(PageRefused.Reason.NO_BRANCH));
    }

    private Branch any(Person viewer, Long requested) {
        Long id = requested != null ? requested : viewer.branchId();
        if (id == null) {
            return directory.branches().stream().findFirst().orElseThrow(() -> new PageRefused(PageRefused.Reason.NO_BRANCHES));
        }
        return directory.branch(id).orElseThrow(() -> new IllegalArgumentException("branch " + id));
    }
}
