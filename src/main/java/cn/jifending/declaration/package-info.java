/**
 * Declarations (个人申报): members declare featured items by chat with evidence, the branch
 * secretary approves on a card (a secretary's own go to a committee member), rejections may be
 * disputed before the branch committee, and branches define their own items (其他支部自选分) once
 * the committee admin approves them. Approved points become ledger FEATURED facts.
 */
package cn.jifending.declaration;
