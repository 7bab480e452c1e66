/**
 * Codes-only gold (petr2-gsr) carries PETRARCH's full actor codes beside a
 * three-letter `source`/`target` cut from them. For states the cut is the
 * ISO code we use; for international organisations it is always "IGO", where
 * FORMAT.md's groups tell the EU, the UN and NATO apart. This reads the full
 * code back into FORMAT's groups so an EU or UN actor is scored as one.
 */

/** PETRARCH organisation prefixes and the FORMAT.md group each names. */
const GROUPS: ReadonlyArray<readonly [RegExp, string]> = [
  // The EU and its bodies (FORMAT, Groups: "The EU and its bodies are EUR"); other European bodies (EBRD, EFTA) are not the EU.
  [/^IGOEUREEC/, 'EUR'],
  // The UN, its secretariat, forces and single-segment agencies (IGOUNOMIL: peacekeepers); the World Bank (IGOUNODEVWBK) and the like stay IGO.
  [/^IGOUNO([A-Z]{3})?$/, 'UN'],
  // NATO sits under PETRARCH's Western-organisations prefix.
  [/^IGOWSTNAT/, 'NATO'],
];

/**
 * The FORMAT.md actor code of a gold slot: the group a PETRARCH organisation
 * code names, else the gold's own three-letter code unchanged.
 */
export function formatActorCode(cut: string | null, full: string | undefined): string | null {
  if (cut !== 'IGO' || full === undefined) return cut;
  for (const [re, group] of GROUPS) if (re.test(full)) return group;
  return cut;
}
