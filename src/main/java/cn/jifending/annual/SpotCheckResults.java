package cn.jifending.annual;

import java.time.LocalDateTime;
import java.util.List;

/** The 机关党委's spot checks (抽查) and what each drawn fact was found to be, for the oversight page. */
public interface SpotCheckResults {

    /** The latest drawn items, newest first; {@code outcome} is PASS, PROBLEM or null while undecided. */
    List<Item> latest(int limit);

    record Item(long checkId, long itemId, long factId, LocalDateTime drawnAt, String outcome, String note,
                String decidedBy) {
    }
}
