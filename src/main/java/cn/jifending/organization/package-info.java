/**
 * Organization: committee → branches → party groups → members, membership spells per branch,
 * roles per branch and committee-wide, roster import. Other modules read it through
 * {@link cn.jifending.organization.MemberDirectory}.
 */
package cn.jifending.organization;
