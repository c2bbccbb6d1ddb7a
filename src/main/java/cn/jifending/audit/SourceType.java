package cn.jifending.audit;

/** Where a change came from. */
public enum SourceType {
    /** A DingTalk (or sandbox) chat message; ref = msgId. */
    CHAT_MESSAGE,
    /** An imported file; ref = its sha-256. */
    IMPORT_FILE,
    /** An interactive card action; ref = outTrackId + " " + actionId. */
    CARD_ACTION,
    /** A form posted from a page inside DingTalk (H5); ref = page + user + the form's nonce. */
    PAGE,
    /** A scheduled job's run; ref = job name + "/" + the period it ran for. */
    JOB,
    /** The application itself (start-up seeding, a module event); ref names the cause. */
    SYSTEM
}
