package cn.jifending.ledger;

import java.io.IOException;
import java.io.OutputStream;

/** The ledger export CSV of src/docs/recompute.md, per branch and year, read by the offline recompute. */
public interface LedgerExport {

    /** Header {@value #HEADER}. */
    String HEADER = "fact_id,kind,branch_id,member_id,member_name,item,occurred_on,ends_on,value,corrects,"
            + "recorded_by,recorded_at,source,reason";

    /**
     * Writes the branch's year as UTF-8 CSV: a BRANCH_ITEM row per approved branch item (its definition),
     * then MEMBERSHIP rows from the spells and the facts, member by member.
     */
    void writeCsv(long branchId, int year, OutputStream out) throws IOException;
}
