package cn.jifending.annual;

/** Whether a member may be considered for 评先评优 of a year (a red warning removes it). */
public interface AwardsEligibility {

    boolean isEligible(long memberId, int year);
}
