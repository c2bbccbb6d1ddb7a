/**
 * Scoring engine (plain Java, no Spring): a year's {@link cn.jifending.scoring.Scheme} loaded from YAML,
 * and {@link cn.jifending.scoring.ScoreCalculator} from one member's ledger facts to month, quarter and
 * year results that explain themselves. {@link cn.jifending.scoring.Standing} gives tiers and warnings;
 * {@link cn.jifending.scoring.RecomputeCommand} is the auditor's offline recompute. See docs/scoring.md.
 */
package cn.jifending.scoring;
