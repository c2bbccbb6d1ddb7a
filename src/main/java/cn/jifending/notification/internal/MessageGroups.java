package cn.jifending.notification.internal;

import cn.jifending.notification.OutgoingMessage;
import cn.jifending.notification.OutgoingMessage.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups the rows of one claim into sends. Identical one-to-one texts (same kind, title and body;
 * no group, card, file or reply webhook) become one message to all their users, at most
 * {@code maxUsers} users and each user once per send (a user owed the same text twice gets it
 * twice); every other row is a send of its own. Sends keep the order of their first row.
 */
final class MessageGroups {

    private MessageGroups() {
    }

    static List<Delivery> of(List<OutboxStore.Claimed> claimed, int maxUsers) {
        List<Group> groups = new ArrayList<>();
        Map<Key, List<Group>> open = new LinkedHashMap<>();
        for (OutboxStore.Claimed row : claimed) {
            OutgoingMessage m = row.message();
            if (maxUsers < 2 || !groupable(m) || m.userIds().size() >= maxUsers) {
                groups.add(new Group(row));
                continue;
            }
            List<Group> candidates = open.computeIfAbsent(new Key(m.kind(), m.title(), m.body()), k -> new ArrayList<>());
            Group target = candidates.stream().filter(g -> g.fits(m, maxUsers)).findFirst().orElse(null);
            if (target == null) {
                target = new Group(row);
                candidates.add(target);
                groups.add(target);
            } else {
                target.add(row);
            }
        }
        return groups.stream().map(Group::delivery).toList();
    }

    private static boolean groupable(OutgoingMessage m) {
        return (m.kind() == Kind.TEXT || m.kind() == Kind.MARKDOWN)
                && (m.groupId() == null || m.groupId().isBlank())
                && m.replyWebhook() == null && m.fileBytes() == null && !m.userIds().isEmpty();
    }

    private record Key(Kind kind, String title, String body) {
    }

    private static final class Group {
        private final List<OutboxStore.Claimed> rows = new ArrayList<>();
        private final List<String> users = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();

        Group(OutboxStore.Claimed first) {
            add(first);
        }

        boolean fits(OutgoingMessage m, int maxUsers) {
            return users.size() + m.userIds().size() <= maxUsers && m.userIds().stream().noneMatch(seen::contains)
                    && new HashSet<>(m.userIds()).size() == m.userIds().size();
        }

        void add(OutboxStore.Claimed row) {
            rows.add(row);
            users.addAll(row.message().userIds());
            seen.addAll(row.message().userIds());
        }

        Delivery delivery() {
            OutgoingMessage first = rows.get(0).message();
            if (rows.size() == 1) {
                return new Delivery(first, rows);
            }
            long id = rows.stream().mapToLong(r -> r.message().id()).min().orElseThrow();
            return new Delivery(new OutgoingMessage(id, first.kind(), users, null, first.title(), first.body(),
                    first.cardKind(), first.outTrackId(), first.cardParams(), null), rows);
        }
    }
}
