package cn.jifending.annual;

import java.util.List;

/**
 * A branch's year as {@link AnnualResults} gives it: its lines, and whether the 机关党委 approved (froze) it
 * (the lines then come from the annual snapshot).
 */
public record BranchYear(List<AnnualLine> lines, boolean frozen) {
}
