package cn.jifending.demo.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/**
 * The demo year as data ({@code demo/year.yml}): what happens in which month, to whom. Months are 1–12 of
 * the year being replayed; nothing here names a year.
 */
record DemoStory(List<Meeting> meetings, SignIn signIn, List<Absence> absences, List<Figures> figures,
                 List<Finding> findings, List<Declared> declarations) {

    DemoStory {
        meetings = meetings == null ? List.of() : List.copyOf(meetings);
        absences = absences == null ? List.of() : List.copyOf(absences);
        figures = figures == null ? List.of() : List.copyOf(figures);
        findings = findings == null ? List.of() : List.copyOf(findings);
        declarations = declarations == null ? List.of() : List.copyOf(declarations);
        if (signIn == null && !meetings.isEmpty()) {
            throw new IllegalStateException("the demo story has meetings but no sign-in text");
        }
    }

    /**
     * A meeting every demo branch holds on {@code day} of each of {@code months}; {@code word} is what the
     * recorder types for its item.
     */
    record Meeting(String item, String word, int day, List<Integer> months) {
    }

    /**
     * The recorder's message after a meeting: {@code says} with {@code {item}}, {@code {date}} and
     * {@code {present}}, followed by {@code excused} with {@code {excused}} when someone asked for leave.
     */
    record SignIn(String says, @DefaultValue("") String excused) {

        String text(String item, String date, List<String> present, List<String> excusedNames) {
            String text = says.replace("{item}", item).replace("{date}", date).replace("{present}", names(present));
            return excusedNames.isEmpty() ? text : text + excused.replace("{excused}", names(excusedNames));
        }

        private static String names(List<String> names) {
            return String.join(" ", names.stream().map(n -> "@" + n).toList());
        }
    }

    /** Who did not sign in at a meeting: {@code ABSENT}, or {@code EXCUSED} (请假 approved). */
    record Absence(String user, String item, int month, @DefaultValue("ABSENT") String value) {
    }

    /**
     * A member's monthly figures, January first; months beyond a list (and members not listed) have a
     * full month: no 学习强国 day missed, 15 每日一题 points, 党费 on time.
     */
    record Figures(String user, List<Integer> xuexiMissed, List<Integer> dailyPoints, List<Integer> lateDues) {

        Figures {
            xuexiMissed = xuexiMissed == null ? List.of() : List.copyOf(xuexiMissed);
            dailyPoints = dailyPoints == null ? List.of() : List.copyOf(dailyPoints);
            lateDues = lateDues == null ? List.of() : List.copyOf(lateDues);
        }

        int missed(int month) {
            return month <= xuexiMissed.size() ? xuexiMissed.get(month - 1) : 0;
        }

        int points(int month) {
            return month <= dailyPoints.size() ? dailyPoints.get(month - 1) : FULL_DAILY_POINTS;
        }

        boolean late(int month) {
            return lateDues.contains(month);
        }
    }

    /** 每日一题 points of a full month (the scheme's target). */
    static final int FULL_DAILY_POINTS = 15;

    /** A finding (违规) against a member, with the recorder's note. */
    record Finding(String user, int month, int day, String reason) {
    }

    /**
     * A declaration: submitted the evening after the deed, decided ({@code APPROVE} / {@code REJECT} with
     * {@code reason}) two days later by {@code by} (the branch secretary when blank), or left {@code PENDING}.
     */
    record Declared(String user, String item, int month, int day, String description, String decision,
                    String reason, String by) {

        Optional<String> decider() {
            return by == null || by.isBlank() ? Optional.empty() : Optional.of(by);
        }
    }

    Figures figuresOf(String userId) {
        return figures.stream().filter(f -> f.user().equals(userId)).findFirst()
                .orElse(new Figures(userId, List.of(), List.of(), List.of()));
    }

    Optional<Absence> absence(String userId, String item, int month) {
        return absences.stream().filter(a -> a.user().equals(userId) && a.item().equals(item) && a.month() == month)
                .findFirst();
    }

    static DemoStory load(String location) {
        try {
            var sources = new YamlPropertySourceLoader().load(location, new ClassPathResource(location));
            return new Binder(ConfigurationPropertySources.from(sources))
                    .bind("story", Bindable.of(DemoStory.class))
                    .orElseThrow(() -> new IllegalStateException(location + " has no story"));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the demo story " + location, e);
        }
    }
}
