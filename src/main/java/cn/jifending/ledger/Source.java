package cn.jifending.ledger;

import java.util.Objects;

/** The origin of a fact: type and reference, shown in the export as {@code TYPE:ref}. */
public record Source(SourceType type, String ref) {

    public Source {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(ref, "ref");
        if (ref.isBlank()) {
            throw new IllegalArgumentException("source ref must not be blank");
        }
    }

    public static Source chat(String msgId) {
        return new Source(SourceType.CHAT_MESSAGE, msgId);
    }

    public static Source importFile(String sha256) {
        return new Source(SourceType.IMPORT_FILE, sha256);
    }

    public static Source cardAction(String outTrackIdAndAction) {
        return new Source(SourceType.CARD_ACTION, outTrackIdAndAction);
    }

    public static Source system(String ref) {
        return new Source(SourceType.SYSTEM, ref);
    }

    @Override
    public String toString() {
        return type + ":" + ref;
    }
}
