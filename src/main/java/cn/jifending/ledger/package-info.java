/**
 * Ledger (台账): the append-only scoring facts of src/docs/recompute.md, corrections as new facts, period
 * locks, and the per-branch export CSV that the offline recompute reads.
 */
package cn.jifending.ledger;
