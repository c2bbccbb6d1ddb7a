package cn.jifending.declaration.internal;

import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who decides a member's declaration and who only sees it. The branch secretary decides, unless the
 * declaration is the secretary's own: then the branch committee members, or the committee admins
 * when the branch has none. Recorders see the card but cannot decide. Nobody decides their own.
 */
@Component
class Audience {

    record Of(List<Person> deciders, List<Person> viewers) {

        List<String> deciderIds() {
            return deciders.stream().map(Person::userId).toList();
        }

        List<String> viewerIds() {
            return viewers.stream().map(Person::userId).toList();
        }

        List<String> everyone() {
            List<String> all = new ArrayList<>(deciderIds());
            all.addAll(viewerIds());
            return all;
        }
    }

    private final MemberDirectory directory;

    Audience(MemberDirectory directory) {
        this.directory = directory;
    }

    Of forDeclaration(long branchId, String memberUserId) {
        List<Person> deciders = directory.secretaryOf(branchId).filter(s -> !s.userId().equals(memberUserId))
                .map(List::of).orElse(List.of());
        if (deciders.isEmpty()) {
            deciders = others(directory.committeeMembersOf(branchId), memberUserId);
        }
        if (deciders.isEmpty()) {
            deciders = others(directory.committeeAdmins(), memberUserId);
        }
        List<String> deciderIds = deciders.stream().map(Person::userId).toList();
        List<Person> viewers = others(directory.recordersOf(branchId), memberUserId).stream()
                .filter(r -> !deciderIds.contains(r.userId())).toList();
        return new Of(deciders, viewers);
    }

    /** The panel that hears a dispute: secretary and branch committee members, the member left out. */
    List<Person> disputePanel(long branchId, String memberUserId) {
        List<Person> panel = new ArrayList<>();
        directory.secretaryOf(branchId).ifPresent(panel::add);
        for (Person p : directory.committeeMembersOf(branchId)) {
            if (panel.stream().noneMatch(x -> x.userId().equals(p.userId()))) {
                panel.add(p);
            }
        }
        panel = others(panel, memberUserId);
        return panel.isEmpty() ? others(directory.committeeAdmins(), memberUserId) : panel;
    }

    private static List<Person> others(List<Person> people, String userId) {
        return people.stream().filter(p -> !p.userId().equals(userId)).toList();
    }
}
