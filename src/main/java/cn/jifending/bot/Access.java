package cn.jifending.bot;

import cn.jifending.organization.Person;
import cn.jifending.organization.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Who may use a chat command, a card button or a pending interaction, declared by the handler
 * ({@link CommandHandler#access()}, {@link CardActionHandler#access()}, {@link PendingInteraction#access()})
 * and checked by the routers before the handler runs. A rule looks only at the person's roles (as the
 * organization module gives them in {@link Person}) and, for a card, at the card's recorded
 * recipients; whether a person may act on a particular record (their own declaration, a fact of
 * another branch) is the module's rule, with its own reply.
 *
 * <p>Each rule has an English {@link #name()}, written to the {@code bot.refused} audit row and used to
 * find its description {@code bot-templates/messages/access-<name-in-kebab-case>.md}.
 */
public final class Access {

    private static final Set<Role> PANEL = Set.of(Role.SECRETARY, Role.BRANCH_COMMITTEE_MEMBER, Role.GROUP_LEADER);

    private final String name;
    private final BiPredicate<Person, CardAction> rule;
    private final List<Access> alternatives;
    private final Map<String, Access> byName;

    private Access(String name, BiPredicate<Person, CardAction> rule, List<Access> alternatives,
                   Map<String, Access> byName) {
        this.name = name;
        this.rule = rule;
        this.alternatives = alternatives;
        this.byName = byName;
    }

    private static Access leaf(String name, BiPredicate<Person, CardAction> rule) {
        return new Access(name, rule, List.of(), Map.of());
    }

    /** Everyone the bot knows (every sender is a known person). */
    public static Access anyone() {
        return leaf("anyone", (who, card) -> true);
    }

    /** A recorder (记分员) of a branch, acting in the branch they belong to. */
    public static Access recorderOfOwnBranch() {
        return leaf("recorderOfOwnBranch", (who, card) -> inBranch(who) && who.has(Role.RECORDER));
    }

    /** The secretary (支部书记) of the branch they belong to. */
    public static Access secretaryOfOwnBranch() {
        return leaf("secretaryOfOwnBranch", (who, card) -> inBranch(who) && who.has(Role.SECRETARY));
    }

    /** A branch committee member (支委) of the branch they belong to. */
    public static Access branchCommitteeOfOwnBranch() {
        return leaf("branchCommitteeOfOwnBranch", (who, card) -> inBranch(who) && who.has(Role.BRANCH_COMMITTEE_MEMBER));
    }

    /** A member of their branch's evaluation panel (积分考评小组: secretary, branch committee members, group leaders). */
    public static Access panelOfOwnBranch() {
        return leaf("panelOfOwnBranch", (who, card) -> inBranch(who) && who.roles().stream().anyMatch(PANEL::contains));
    }

    /** A 机关党委 admin (every branch). */
    public static Access committeeAdmin() {
        return leaf("committeeAdmin", (who, card) -> who.has(Role.COMMITTEE_ADMIN));
    }

    /** Someone the pressed card was sent to, as the channel recorded its recipients (never for a chat message). */
    public static Access recipientOfCard() {
        return leaf("recipientOfCard", (who, card) -> card != null && card.sentTo(who.userId()));
    }

    /** Any of {@code rules}. */
    public static Access or(Access... rules) {
        List<Access> parts = List.of(rules);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("or() needs at least one rule");
        }
        List<String> names = parts.stream().map(Access::name).toList();
        return new Access("or(" + String.join(",", names) + ")",
                (who, card) -> parts.stream().anyMatch(p -> p.allows(who, null, card)), parts, Map.of());
    }

    /**
     * One rule per keyword (or card action id) of a handler whose keywords are for different people, e.g.
     * {@code 季度积分} for everyone and {@code 开始考评} for the secretary. A keyword not listed is refused;
     * the router refuses at startup a handler whose keywords are not all listed.
     */
    public static Access each(Map<String, Access> rules) {
        Map<String, Access> normalized = new LinkedHashMap<>();
        rules.forEach((key, rule) -> normalized.put(normalize(key), Objects.requireNonNull(rule, key)));
        return new Access("each", (who, card) -> false, List.of(), Map.copyOf(normalized));
    }

    /** The rule's name, e.g. {@code secretaryOfOwnBranch} or {@code or(secretaryOfOwnBranch,committeeAdmin)}. */
    public String name() {
        return name;
    }

    /** Whether this rule lists a rule for {@code keyword} (always, unless made with {@link #each}). */
    public boolean covers(String keyword) {
        return byName.isEmpty() || byName.containsKey(normalize(keyword));
    }

    /**
     * Whether {@code who} may use {@code keyword} (a chat keyword or a card action id; only {@link #each}
     * rules look at it); {@code card} is the pressed card, null for a chat message.
     */
    public boolean allows(Person who, String keyword, CardAction card) {
        return refusal(who, keyword, card).isEmpty();
    }

    /** Whether {@code who} may use every keyword this rule speaks of (for {@link #each}: any one of them). */
    public boolean allows(Person who) {
        if (!byName.isEmpty()) {
            return byName.values().stream().anyMatch(r -> r.allows(who));
        }
        return rule.test(who, null);
    }

    /** The rule that refuses {@code who}, or empty when they may go ahead. */
    public Optional<Access> refusal(Person who, String keyword, CardAction card) {
        Objects.requireNonNull(who, "who");
        if (!byName.isEmpty()) {
            Access named = keyword == null ? null : byName.get(normalize(keyword));
            return named == null ? Optional.of(this) : named.refusal(who, keyword, card);
        }
        return rule.test(who, card) ? Optional.empty() : Optional.of(this);
    }

    /** The plain rules this one is made of: itself, or each alternative of an {@link #or}, in order. */
    public List<String> parts() {
        if (alternatives.isEmpty()) {
            return List.of(name);
        }
        List<String> out = new ArrayList<>();
        alternatives.forEach(a -> a.parts().stream().filter(n -> !out.contains(n)).forEach(out::add));
        return out;
    }

    private static boolean inBranch(Person who) {
        return who.branchId() != null;
    }

    private static String normalize(String keyword) {
        return keyword.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return byName.isEmpty() ? name : "each" + byName;
    }
}
