package cn.jifending.recording.internal;

import cn.jifending.notification.TemplateModel;
import cn.jifending.organization.Person;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves names typed in chat (张三 or @张三, or a DingTalk userid) against a branch roster. A name
 * that matches nobody or several people is a problem listing the candidates.
 */
final class RosterNames {

    private final List<Person> roster;

    RosterNames(List<Person> roster) {
        this.roster = roster;
    }

    record Resolved(Map<String, Person> found, List<String> problems) {
    }

    /** Resolves each name; problems are lines ready for a reply. */
    Resolved resolve(List<String> names, Problems problems) {
        Map<String, Person> found = new LinkedHashMap<>();
        for (String raw : names) {
            String name = strip(raw);
            if (name.isEmpty()) {
                continue;
            }
            List<Person> matches = roster.stream().filter(p -> p.name().equals(name) || p.userId().equals(name))
                    .toList();
            if (matches.size() == 1) {
                found.put(name, matches.get(0));
            } else if (matches.isEmpty()) {
                problems.add("name-unknown", Map.of("name", name, "candidates", candidates(name)));
            } else {
                problems.add("name-ambiguous", Map.of("name", name, "candidates", describe(matches)));
            }
        }
        return new Resolved(found, List.of());
    }

    static String strip(String raw) {
        String s = raw.strip();
        s = ChatWords.AT.matcher(s).replaceFirst("");
        return ChatWords.NAME_TAIL.matcher(s).replaceAll("").strip();
    }

    private List<Map<String, Object>> candidates(String name) {
        List<Person> close = new ArrayList<>();
        for (Person p : roster) {
            if (p.name().contains(name) || name.contains(p.name())
                    || (!name.isEmpty() && p.name().charAt(0) == name.charAt(0))) {
                close.add(p);
            }
        }
        if (close.isEmpty()) {
            close = roster.size() <= 30 ? roster : roster.subList(0, 30);
        }
        return describe(close);
    }

    /** The people for a list section: {@code person} (the name) and {@code userId}. */
    private static List<Map<String, Object>> describe(List<Person> people) {
        return TemplateModel.list(people.stream().map(p -> Map.<String, Object>of("person", p.name(), "userId", p.userId()))
                .toList());
    }
}
