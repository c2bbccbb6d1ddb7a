/** Audit: who did what, when, from which message. Append-only; written in the caller's transaction. */
package cn.jifending.audit;
