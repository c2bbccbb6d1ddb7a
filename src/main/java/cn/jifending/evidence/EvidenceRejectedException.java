package cn.jifending.evidence;

/** A photo or file that was not stored, with the reason a member can be told. */
public class EvidenceRejectedException extends RuntimeException {

    /** Why it was not stored. */
    public enum Problem { DOWNLOAD_FAILED, EMPTY, TOO_LARGE, UNSUPPORTED_TYPE }

    private final Problem problem;
    private final long limitBytes;

    public EvidenceRejectedException(Problem problem, long limitBytes, String message) {
        super(message);
        this.problem = problem;
        this.limitBytes = limitBytes;
    }

    public Problem problem() {
        return problem;
    }

    /** The size limit in bytes (for TOO_LARGE). */
    public long limitBytes() {
        return limitBytes;
    }
}
