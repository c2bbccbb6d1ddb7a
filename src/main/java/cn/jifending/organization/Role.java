package cn.jifending.organization;

/** Roles: per branch (member … secretary) and committee-wide (committee admin). */
public enum Role {
    MEMBER, RECORDER, BRANCH_COMMITTEE_MEMBER, GROUP_LEADER, SECRETARY, COMMITTEE_ADMIN
}
