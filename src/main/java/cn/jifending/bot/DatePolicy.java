package cn.jifending.bot;

/** Which dates a use accepts, checked by {@link ChatInput} after reading the words. */
public enum DatePolicy {
    /** Any real day (e.g. a deadline). */
    ANY,
    /** Today or earlier: what happened (a meeting, a deed, a finding, a talk). */
    PAST_OR_TODAY,
    /** Today or earlier, and in the open year: this year, and in January also last year. */
    OPEN_YEAR
}
