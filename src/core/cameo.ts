/**
 * CAMEO facts shared by every stage: which acts have no direction.
 *
 * FORMAT.md's Scoring section lists the joint acts whose source and target may
 * be swapped: 030, 031 (intent to cooperate), 036 (intent to meet), 040
 * (consult), 041 (phone call), 044 (meet at a third place), 046 (negotiate),
 * 050 (diplomatic cooperation), 057 (sign an agreement) and 060-063 (economic,
 * military and judicial cooperation). Everything else is directed: a visit 042
 * goes from visitor to host, praise 051 from praiser to praised, mediation 039
 * from the mediator to each party.
 */
const SYMMETRIC_CODES: ReadonlySet<string> = new Set([
  '030', '031', '036', '040', '041', '044', '046', '050', '057', '060', '061', '062', '063',
]);

/**
 * True when an event of this CAMEO code is a joint act, so its source and
 * target may be read in either order. Four-digit codes take their three-digit
 * parent's answer (0311, intent to cooperate economically, is joint like 031).
 */
export function isSymmetricCode(code: string): boolean {
  return SYMMETRIC_CODES.has(String(code).slice(0, 3));
}
