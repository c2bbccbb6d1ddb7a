package cn.jifending.annual.internal;

import cn.jifending.ledger.Fact;
import cn.jifending.ledger.Scores;
import cn.jifending.audit.SourceType;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import cn.jifending.scoring.Scheme;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A ledger fact in words for a person checking it: kind, item and value by their Chinese names
 * (labels in {@code messages/fact-labels.md}, item names from the year's scheme), the source and
 * the approval as who did what, people by name instead of userid.
 */
@Component
class FactDescriptions {

    private static final String DECLARATION = "declaration:";
    /** Event references written by the declaration flow and the meeting recorder. */
    private static final Set<String> EVIDENCE_REFS = Set.of("declaration", "meeting");
    /** Approval references written by disputes, quarterly objections and the annual review. */
    private static final Set<String> APPROVAL_REFS = Set.of("dispute", "evaluation-decision", "annual-review");

    private final Scores scores;
    private final MemberDirectory directory;
    private final MessageTemplates templates;

    FactDescriptions(Scores scores, MemberDirectory directory, MessageTemplates templates) {
        this.scores = scores;
        this.directory = directory;
        this.templates = templates;
    }

    /** The card's placeholders kind, item, value, source, evidence, approval and recordedBy. */
    Map<String, Object> describe(Fact f) {
        Map<String, String> labels = labels();
        Map<String, Object> p = new HashMap<>();
        p.put("kind", labels.getOrDefault(f.kind().name(), f.kind().name()));
        p.put("item", itemName(f, labels));
        p.put("value", f.value() == null ? labels.get("none") : labels.getOrDefault(f.value(), f.value()));
        String by = name(f.recordedBy());
        p.put("recordedBy", by);
        p.put("source", source(f, labels, by));
        p.put("evidence", f.eventRef() == null ? labels.get("none") : evidence(f.eventRef(), labels));
        p.put("approval", approval(f, labels, by));
        return p;
    }

    private String itemName(Fact f, Map<String, String> labels) {
        if (f.item() == null) {
            return "";
        }
        Scheme scheme = scores.schemeFor(f.occurredOn().getYear());
        return scheme.item(f.item()).map(Scheme.Item::name)
                .or(() -> scheme.featuredItemFor(f.item()).map(Scheme.FeaturedItem::name))
                .orElse(labels.getOrDefault(f.item(), f.item()));
    }

    private String source(Fact f, Map<String, String> labels, String by) {
        String ref = f.source().ref();
        String shown = f.source().type() == SourceType.IMPORT_FILE ? ref.substring(0, Math.min(8, ref.length())) : "";
        return render("fact-source-" + f.source().type().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                Map.of("by", by, "ref", shown));
    }

    private String evidence(String eventRef, Map<String, String> labels) {
        return referenced("fact-evidence-", EVIDENCE_REFS, eventRef);
    }

    private String approval(Fact f, Map<String, String> labels, String by) {
        if (f.approvalRef() != null) {
            return referenced("fact-approval-", APPROVAL_REFS, f.approvalRef());
        }
        if (f.eventRef() != null && f.eventRef().startsWith(DECLARATION)) {
            String how = f.source().type() == SourceType.CARD_ACTION ? "card" : "chat";
            return render("fact-approval-declaration-" + how, Map.of("by", by,
                    "id", f.eventRef().substring(DECLARATION.length())));
        }
        return labels.get("none");
    }

    /**
     * A {@code prefix:id} reference in words through the template {@code templatePrefix + prefix}
     * when the prefix is a known one; anything else (a typed approval note) is shown as written.
     */
    private String referenced(String templatePrefix, Set<String> known, String ref) {
        int colon = ref.indexOf(':');
        if (colon > 0 && known.contains(ref.substring(0, colon))) {
            return render(templatePrefix + ref.substring(0, colon), Map.of("id", ref.substring(colon + 1)));
        }
        return ref;
    }

    private String name(String userId) {
        if (userId == null) {
            return "";
        }
        return directory.findByUserId(userId).map(Person::name).orElse(userId);
    }

    private String render(String template, Map<String, ?> model) {
        return templates.message(template, model).strip();
    }

    private Map<String, String> labels() {
        return templates.labels("fact-labels");
    }
}
