package cn.jifending.scoring;

/** Formal or probationary party member; the two have their own thresholds. */
public enum MemberType {
    FORMAL,
    PROBATIONARY
}
