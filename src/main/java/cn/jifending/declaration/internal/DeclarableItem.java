package cn.jifending.declaration.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * Something a member of a branch can declare this year: a featured item of the scheme, or one of
 * the branch's approved own items ({@code branch:<id>}).
 *
 * @param ledgerItem       the ledger item code the approved fact gets
 * @param name             the name shown to people
 * @param aliases          what members may write for it (the name included), longest first
 * @param cap              the yearly cap of this item for one member
 * @param defaultPoints    the points proposed for one approved declaration
 * @param evidenceRequired whether a photo or file must come with it
 */
record DeclarableItem(String ledgerItem, String name, List<String> aliases, BigDecimal cap,
                      BigDecimal defaultPoints, boolean evidenceRequired) {

    DeclarableItem {
        aliases = List.copyOf(aliases);
    }

    boolean branchDefined() {
        return ledgerItem.startsWith("branch:");
    }
}
