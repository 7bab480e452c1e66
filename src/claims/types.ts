import type { Span } from '../core/span.js';

/** Who a reporting clause, "according to" or a quote gives as the source. */
export interface Speaker {
  kind: 'actor' | 'outlet' | 'anonymous';
  /** Canonical name, or the phrase as written for anonymous sources. */
  name: string;
  /** State-level code (ActorRef.state); null for independent outlets and unaffiliated sources. */
  state: string | null;
  /** Full actor code ("USAGOV"), else null. */
  actor: string | null;
  role: string | null;
  span: Span | null;
  /** Index into Doc.mentions, or null. */
  mention: number | null;
  /** A person (for he/she) rather than a body or group. */
  person: boolean;
  plural: boolean;
  /** Found by coreference (a pronoun or "the spokesperson"), not named where it speaks. */
  coref?: boolean;
}

/**
 * A stretch of text whose content is attributed to speakers: the
 * complement of "X said", the sentence under "according to X", a quote.
 */
export interface Frame {
  kind: 'say' | 'according' | 'cite' | 'quote' | 'continuation';
  /** Conjoined speakers ("Russia and North Korea deny ..."); the first is the claimant. */
  speakers: Speaker[];
  /** Outlets the speaker talked to ("X told Reuters", "RIA quoted X"). */
  outlets: Speaker[];
  scope: Span;
  /** Where the subject was looked for (tokens' text span), or null. */
  subject: Span | null;
  /** The reporting verb, itself a speech act in the outlet's voice; null for "according to". */
  verb: Span | null;
  verbLemma: string | null;
  sentence: number;
  /** Rule id ("claims:say-pre", ...). */
  rule: RuleId;
}

/** Rule ids of this module with the reason for each (house rule: every rule has an id and a reason). */
export const RULES = {
  'claims:say-pre': 'A reporting verb attributes the clause after it to its subject ("X said that ...").',
  'claims:say-post': 'A reporting verb after the clause attributes the clause before it (" ..., X said.").',
  'claims:claim-noun': '"Western claims that ...", "over accusations it shipped ...": the owner of the allegation claims its content.',
  'claims:sanction-grounds': '"X sanctioned Y for shipping ...": the grounds of a sanction are the sanctioner\'s claim.',
  'claims:according-to': '"According to X" attributes the whole sentence to X.',
  'claims:citing': '"..., citing X" names the source an outlet relies on.',
  'claims:told-outlet': '"X told Reuters" makes Reuters the reporting outlet and X the claimant.',
  'claims:quoted-as': '"RIA quoted X as saying" makes RIA the outlet and X the speaker.',
  'claims:quote': 'Quoted speech belongs to the speaker of its reporting clause, even across sentences.',
  'claims:coref': 'A pronoun or "the spokesperson" subject refers to the last matching speaker.',
  'claims:continuation': 'A sentence opening with "Furthermore"/"Moreover" continues the previous report.',
  'claims:anonymous': 'Unnamed sources give no claimant unless the phrase names their state.',
  'claims:event-speaker': 'An unresolved speaker takes the source of the speech act coded on its verb.',
  'claims:speech-act': 'An event coded on a reporting verb (accused, denied, warned) is a speech act in the outlet voice.',
  'claims:own-speech-act': "A speaker's own verbal act, sanction or announcement is the outlet's report of the act.",
  'claims:content': 'Content inside a speaker frame is that speaker state\'s claim.',
  'claims:denial-target': 'A denial with no target is aimed at the most recent accuser in the article.',
  'claims:denial-content': 'A denial negates the accuser\'s content; it is coded negated with the denier as claimant.',
  'claims:denial-frame': '"X rejected the accusation" with no coded denial: the frame gives the 016 (accuser known) and the negated content.',
  'claims:denial-split': 'A denial by "both countries" is a denial by each party of the denied dyad.',
  'claims:hedge-reports': 'Content after "reports that" is hearsay: hedged.',
  'claims:hedge-passive-report': '"Iran is said to have sent ...": a passive reporting verb is hearsay from an unnamed source: hedged.',
  'claims:hedge-unconfirmed': '"Unconfirmed reports suggest ...": a source phrase marked unconfirmed hedges its content.',
  'claims:hedge-doubt-sentence': 'A following "It remains unclear whether ..." or "could not verify" doubts the sentence before.',
  'claims:unhedge-denial': 'Doubt words of the denied claim ("purported supplies") do not hedge the denial.',
  'claims:ledger': 'Events about the same dyad, root, weapon and time are one claim.',
  'dates:text': 'A date written in the event sentence dates the event.',
  'dates:speech': 'A speaker named in an earlier sentence (coreference, a running quote) spoke on the date written near its name there.',
  'dates:report': 'With no date in the sentence, the report date dates the event.',
  'dates:unknown': 'No report date and no absolute date in the text: the date stays unknown.',
  'dates:background': 'An act in a background clause ("since Russia invaded Ukraine") keeps only a date of its own, never the report date.',
  'dates:past-span': '"a year earlier", "two decades ago": a stretch back from the story dates the act (year precision) or leaves it undated.',
  'dates:history': 'Dated well before its report (over a year), or background: history, left out of current counts and alerts.',
} as const;

export type RuleId = keyof typeof RULES;
