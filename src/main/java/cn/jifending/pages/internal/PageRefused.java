package cn.jifending.pages.internal;

/**
 * The signed-in person may not see this page or this branch: answered 403 with a Chinese page, whose text
 * for each {@link Reason} is in {@code templates/h5/refused.html}.
 */
final class PageRefused extends RuntimeException {

    /** Why; each has its sentence in the refusal page. */
    enum Reason {
        /** The branch table is for the secretary, recorders and the panel. */
        BRANCH_TABLE_ROLES,
        /** The viewer belongs to no branch today. */
        NO_BRANCH,
        /** Another branch than the viewer's own ({@link #branchName()} is theirs). */
        OTHER_BRANCH,
        /** The organization has no branch yet. */
        NO_BRANCHES,
        /** The committee overview is for committee admins. */
        COMMITTEE_ONLY,
        /** The userid is not on the roster. */
        NOT_ON_ROSTER
    }

    private final Reason reason;
    private final String branchName;

    PageRefused(Reason reason) {
        this(reason, null);
    }

    PageRefused(Reason reason, String branchName) {
        super(reason.name() + (branchName == null ? "" : " (" + branchName + ")"));
        this.reason = reason;
        this.branchName = branchName;
    }

    Reason reason() {
        return reason;
    }

    /** The viewer's own branch, for {@link Reason#OTHER_BRANCH}; null otherwise. */
    String branchName() {
        return branchName;
    }
}
