package cn.jifending.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The schemes known to the product; each year is computed with the scheme covering it. */
public final class SchemeRegistry {

    private final List<Scheme> schemes;

    private SchemeRegistry(List<Scheme> schemes) {
        this.schemes = List.copyOf(schemes);
    }

    /**
     * A registry of these schemes. When several cover a year, the one starting latest wins, so a
     * newer file with {@code years: 2027-} takes over from an open-ended {@code 2021-}.
     */
    public static SchemeRegistry of(List<Scheme> schemes) {
        List<Scheme> sorted = new ArrayList<>(schemes);
        sorted.sort(Comparator.comparingInt((Scheme s) -> s.years().from()).reversed());
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).years().from() == sorted.get(i - 1).years().from()) {
                throw new IllegalArgumentException("schemes " + sorted.get(i).name() + " and "
                        + sorted.get(i - 1).name() + " both start in " + sorted.get(i).years().from());
            }
        }
        return new SchemeRegistry(sorted);
    }

    /** The schemes shipped with the product. */
    public static SchemeRegistry builtIn() {
        return of(List.of(Scheme.builtIn2021()));
    }

    /**
     * Every {@code *.yaml} scheme file in a directory, each validated; the first invalid file stops the
     * load with a {@link SchemeException} naming it.
     */
    public static SchemeRegistry loadDirectory(java.nio.file.Path dir) {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
            return of(files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted()
                    .map(Scheme::load).toList());
        } catch (java.io.IOException e) {
            throw new SchemeException(dir.toString(), 0, "cannot list scheme files: " + e.getMessage());
        }
    }

    /** The scheme for this year, if one covers it. */
    public Optional<Scheme> find(int year) {
        return schemes.stream().filter(s -> s.years().covers(year)).findFirst();
    }

    /** The scheme for this year; throws when none covers it. */
    public Scheme forYear(int year) {
        return find(year).orElseThrow(() -> new IllegalArgumentException("no scheme covers year " + year));
    }
}
