package cn.jifending.evidence;

import cn.jifending.audit.Source;
import java.util.Optional;

/** Fetches, checks and keeps evidence. Writes run in the caller's transaction with an audit row. */
public interface EvidenceStore {

    /**
     * Downloads the bytes of a picture or file a user sent (through the channel's download code,
     * at once: the channel's links are temporary), checks and stores them.
     *
     * @throws EvidenceRejectedException when the download fails or the bytes are empty, too large,
     *                                   or of a type that is not accepted
     */
    Evidence fetch(String downloadCode, String fileName, String uploadedBy, Source source);

    /** Stores bytes already in hand (same checks as {@link #fetch}). */
    Evidence store(byte[] content, String fileName, String uploadedBy, Source source);

    Optional<Evidence> find(long id);

    /** The stored bytes. */
    byte[] content(long id);
}
