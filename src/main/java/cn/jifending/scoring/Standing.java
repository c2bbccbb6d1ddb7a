package cn.jifending.scoring;

import java.util.List;
import java.util.Optional;

/**
 * What a composite means (积分运用): the tier and warning of the member's band, and whether the
 * member is flagged for two consecutive years below the scheme's line (formal members).
 *
 * @param warning empty when the band carries no warning
 */
public record Standing(String tier, String tierName, Optional<String> warning, boolean consecutiveFlag) {

    /**
     * Assesses this year's result with this year's scheme, given last year's result if there was one.
     * The consecutive-years flag replaces the warning with the scheme's consecutive warning.
     */
    public static Standing assess(Scheme scheme, YearResult current, Optional<YearResult> previous) {
        List<Scheme.Band> bands = current.type() == MemberType.PROBATIONARY
                ? scheme.probationaryBands() : scheme.formalBands();
        Scheme.Band band = bands.stream().filter(b -> current.composite().compareTo(b.min()) >= 0).findFirst()
                .orElse(bands.get(bands.size() - 1));
        boolean flagged = current.type() == MemberType.FORMAL
                && current.composite().compareTo(scheme.consecutive().below()) < 0
                && previous.filter(p -> p.year() == current.year() - 1)
                        .map(p -> p.composite().compareTo(scheme.consecutive().below()) < 0).orElse(false);
        Optional<String> warning = flagged ? Optional.of(scheme.consecutive().warning())
                : Optional.ofNullable(band.warning());
        return new Standing(band.tier(), band.name(), warning, flagged);
    }
}
