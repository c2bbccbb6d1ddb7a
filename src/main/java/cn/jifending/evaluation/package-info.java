/**
 * The quarterly evaluation round (季度考评): opening computes every member's quarterly result and
 * keeps a snapshot; members confirm or object; the panel decides objections (and may correct the
 * ledger with its decision as the approval); the secretary signs off, which locks the quarter,
 * freezes the snapshot and opens the 公示 ({@link cn.jifending.publicity.Publicity}).
 */
package cn.jifending.evaluation;
