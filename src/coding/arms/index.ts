/** Weapon slots of arms-transfer events: dictionary loading and the pipeline component. */
export { loadWeapons } from './load.js';
export { createArmsComponent, isArmsCode } from './component.js';
export { compactKey } from './text.js';
export type { WeaponDict, Phrase, QuantityDict, StageDict } from './types.js';
