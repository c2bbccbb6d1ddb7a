package cn.jifending.audit;

import java.util.Objects;

/**
 * Where a change came from: its type and reference (shown in the ledger export as {@code TYPE:ref}),
 * and the {@code inbound_event} row it was handled for, when a chat message or card press caused it.
 * The chat and card contexts of the bot give one ({@code ChatContext.source()},
 * {@code CardActionContext.source()}); jobs give {@link #job}, imports {@link #importFile}.
 *
 * @param inboundEventId the {@code inbound_event} id, or null when no inbound event caused the change
 *                       (a job, start-up seeding, a test); not part of the ledger's idempotency key
 */
public record Source(SourceType type, String ref, Long inboundEventId) {

    public Source {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(ref, "ref");
        if (ref.isBlank()) {
            throw new IllegalArgumentException("source ref must not be blank");
        }
    }

    /** A source outside any inbound event. */
    public Source(SourceType type, String ref) {
        this(type, ref, null);
    }

    public static Source chat(String msgId, Long inboundEventId) {
        return new Source(SourceType.CHAT_MESSAGE, msgId, inboundEventId);
    }

    public static Source chat(String msgId) {
        return chat(msgId, null);
    }

    public static Source cardAction(String outTrackId, String actionId, Long inboundEventId) {
        return new Source(SourceType.CARD_ACTION, outTrackId + " " + actionId, inboundEventId);
    }

    public static Source cardAction(String outTrackId, String actionId) {
        return cardAction(outTrackId, actionId, null);
    }

    /** A file imported while handling {@code inboundEventId} (null when imported outside the bot). */
    public static Source importFile(String sha256, Long inboundEventId) {
        return new Source(SourceType.IMPORT_FILE, sha256, inboundEventId);
    }

    public static Source importFile(String sha256) {
        return importFile(sha256, null);
    }

    /** A job's run for one period, e.g. {@code job("publicity-closing", "2026-04-08")}. */
    public static Source job(String jobName, String period) {
        return new Source(SourceType.JOB, jobName + "/" + period);
    }

    /** A form posted from an H5 page, e.g. {@code page("publicity", userId + ":" + nonce)}. */
    public static Source page(String page, String ref) {
        return new Source(SourceType.PAGE, page + ":" + ref);
    }

    public static Source system(String ref) {
        return new Source(SourceType.SYSTEM, ref);
    }

    /** The file {@code sha256} imported by this message or press: an import source of the same inbound event. */
    public Source imported(String sha256) {
        return importFile(sha256, inboundEventId);
    }

    /** The same source narrowed to one part of it (one row of a batch), for idempotency keys. */
    public Source part(String suffix) {
        return new Source(type, ref + "#" + suffix, inboundEventId);
    }

    /** Type and ref only: a source read back from a table that does not keep the inbound event. */
    public Source withoutInboundEvent() {
        return inboundEventId == null ? this : new Source(type, ref);
    }

    @Override
    public String toString() {
        return type + ":" + ref;
    }
}
