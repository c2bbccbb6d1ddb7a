package cn.jifending.ledger;

/** A fact that breaks the ledger's rules (bad value, member not in the branch, already corrected …). */
public class LedgerException extends RuntimeException {

    public LedgerException(String message) {
        super(message);
    }
}
