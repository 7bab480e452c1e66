/**
 * Word lists of the attribution rules. Lemmas are lower case (Token.lemma);
 * surface forms are matched on Token.norm. Read-only sets built once.
 */

/** Verbs that introduce what a speaker says, believes or alleges. */
export const SAY_VERBS: ReadonlySet<string> = new Set([
  'say', 'state', 'claim', 'emphasize', 'emphasise', 'stress', 'note', 'add', 'tell', 'express', 'believe',
  'respond', 'reply', 'answer', 'affirm', 'confirm', 'mention', 'report', 'write', 'announce', 'allege',
  'accuse', 'insist', 'argue', 'assert', 'declare', 'reiterate', 'warn', 'explain', 'estimate', 'assess',
  'think', 'suspect', 'acknowledge', 'admit', 'deny', 'reject', 'refute', 'dismiss', 'deem', 'contend',
  'maintain', 'conclude', 'indicate', 'remark', 'recall', 'disclose', 'reveal', 'urge',
  'condemn', 'criticize', 'criticise', 'publish', 'quote', 'cite', 'observe', 'comment', 'testify', 'brief',
  'underscore', 'underline', 'highlight', 'signal', 'suggest', 'fear', 'worry', 'pledge', 'promise', 'vow',
]);

/**
 * Speech verbs that are acts when no clause follows ("pledged $3bn",
 * "announced the allocation of aid", "vowed to send troops"): no reporting
 * frame, the act is in the outlet's voice. With "that" they report content.
 */
export const PERFORMATIVE_VERBS: ReadonlySet<string> = new Set([
  'announce', 'pledge', 'promise', 'vow', 'offer', 'unveil', 'approve', 'impose',
]);

/** Verbs of denial (their subject is the denier, their object the denied claim). */
export const DENY_VERBS: ReadonlySet<string> = new Set(['deny', 'reject', 'refute', 'dismiss', 'rebuff', 'deem']);

/** Heads of a speaker phrase that leave the speaker unnamed. */
export const ANON_NOUNS: ReadonlySet<string> = new Set([
  'source', 'sources', 'official', 'officials', 'people', 'person', 'diplomat', 'diplomats', 'analyst',
  'analysts', 'expert', 'experts', 'insider', 'insiders', 'observer', 'observers', 'report', 'reports',
  'intelligence', 'services', 'agencies', 'document', 'documents', 'assessment',
  // "a Ukrainian intelligence officer told Reuters": an unnamed officer speaks for their state, not by name.
  'officer', 'officers',
]);

/**
 * Anonymous heads that speak for no state: "Israeli analysts" or "Chilean experts" are not the official or
 * government FORMAT.md's claimant names, so their nationality gives no claimant.
 */
export const UNOFFICIAL_NOUNS: ReadonlySet<string> = new Set([
  'analyst', 'analysts', 'expert', 'experts', 'observer', 'observers',
]);

/** Nouns whose definite use refers back to a speaker ("the spokesperson said"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'spokesperson', 'spokesman', 'spokeswoman', 'official', 'minister', 'president', 'diplomat', 'envoy',
  'ambassador', 'secretary', 'chief', 'leader', 'general', 'commander', 'premier', 'chancellor', 'aide',
  'senator', 'lawmaker', 'congressman', 'congresswoman', 'mp', 'governor', 'mayor', 'analyst', 'expert',
]);

/** Nouns for institutions that speak ("the ministry said"). */
export const BODY_NOUNS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'government', 'embassy', 'office', 'kremlin', 'pentagon', 'administration',
  'agency', 'service', 'command', 'council', 'cabinet', 'leaders', 'leadership', 'officials', 'statement',
  'declaration', 'communique', 'alliance', 'bloc', 'union',
]);

/** Subject pronouns, with whether they refer to a person and to a plural. */
export const PRONOUNS: ReadonlyMap<string, { person: boolean; plural: boolean }> = new Map([
  ['he', { person: true, plural: false }],
  ['she', { person: true, plural: false }],
  ['they', { person: false, plural: true }],
  ['it', { person: false, plural: false }],
  // "we"/"I" speak inside quotes: the quote's speaker, not a new antecedent, so they are left out.
]);

/** Words that end the subject of a reporting verb when scanning left. */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  'that', ';', ':', 'while', 'whereas', 'but', 'because', 'although', 'though', 'which', 'who',
  '“', '”', '"', '«', '»', '(', ')',
]);

/** Openers of a sentence that continues the previous sentence's report. */
export const CONTINUATION_OPENERS: readonly string[] = [
  'furthermore', 'moreover', 'in addition', 'additionally', 'also', 'besides', 'further',
];

/** Tokens that may sit between a subject and its verb ("has also", "on Friday"). */
export const SUBJECT_GAP_POS: ReadonlySet<string> = new Set(['ADV', 'AUX', 'PART', 'ADP', 'NUM', 'DET', 'PROPN', 'NOUN', 'ADJ', 'PUNCT', 'CCONJ', 'SYM']);

/** Opening and closing quotation marks. */
export const OPEN_QUOTES = '“«„';
export const CLOSE_QUOTES = '”»';
