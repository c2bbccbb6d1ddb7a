package cn.jifending.declaration;

import java.time.LocalDate;

/** Reminds deciders of declarations pending for longer than the configured working days (a daily job calls it). */
public interface DeclarationReminders {

    /** Sends each decider one reminder listing their stale declarations; returns how many declarations were stale. */
    int remindStale(LocalDate today);
}
