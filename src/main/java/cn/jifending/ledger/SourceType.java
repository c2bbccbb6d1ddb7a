package cn.jifending.ledger;

/** Where a fact came from. */
public enum SourceType {
    /** A DingTalk (or sandbox) chat message; ref = msgId. */
    CHAT_MESSAGE,
    /** An imported file; ref = its sha-256. */
    IMPORT_FILE,
    /** An interactive card action; ref = outTrackId + action. */
    CARD_ACTION,
    /** The application itself (e.g. an approved declaration); ref names the cause. */
    SYSTEM
}
