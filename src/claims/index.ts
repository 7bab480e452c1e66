/**
 * Claims: attribution chains (who says what, through which outlet), denials,
 * the claims ledger, and event dates.
 */
export { createAttributionComponent, attributeDoc } from './attribution.js';
export { createDatesComponent, dateEvent } from './dates.js';
export { buildLedger, claimKey, linkDocClaims } from './ledger.js';
export type { Ledger } from './ledger.js';
export { formatClaims, runClaimsCommand, summarizeClaims } from './format.js';
export type { ClaimSummary, ClaimEvidence, ClaimStatus } from './summary.js';
export { findQuotes } from './quotes.js';
export { RULES } from './types.js';
export type { Frame, Speaker, RuleId } from './types.js';
