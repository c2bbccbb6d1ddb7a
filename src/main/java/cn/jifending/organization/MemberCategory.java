package cn.jifending.organization;

/** Formal (正式党员) or probationary (预备党员); the names match the ledger's MEMBERSHIP values. */
public enum MemberCategory {
    FORMAL, PROBATIONARY
}
