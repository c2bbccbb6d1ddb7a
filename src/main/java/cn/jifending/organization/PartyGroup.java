package cn.jifending.organization;

/** A party group (党小组) of a branch. */
public record PartyGroup(long id, long branchId, String name) {
}
