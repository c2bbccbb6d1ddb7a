package cn.jifending.organization;

/** A party branch (支部) of the committee. */
public record Branch(long id, long committeeId, String name) {
}
