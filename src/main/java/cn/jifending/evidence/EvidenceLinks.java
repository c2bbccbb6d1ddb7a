package cn.jifending.evidence;

/**
 * Where a person can open a stored piece of evidence from a message or card. Only channels that can
 * serve the bytes provide it (the sandbox console); without a bean, cards show the count only.
 */
public interface EvidenceLinks {

    /** A URL (absolute or relative to the app) that serves the evidence's bytes. */
    String link(long evidenceId);
}
