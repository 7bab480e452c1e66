import robotsParserModule from 'robots-parser';
import type { Issue } from '../../core/result.js';
import type { FetchResult } from './http.js';

/** The product token matched against robots.txt User-agent lines. */
export const ROBOTS_AGENT = 'dyadwatch';

/** What robots.txt says about one URL. */
export interface RobotsVerdict {
  allowed: boolean;
  /** Crawl-delay for us, in ms, when the file gives one. */
  delayMs: number | null;
  /** Set when the host itself may not be fetched (the SSRF guard refused robots.txt). */
  refused?: Issue;
}

type Rules = { isAllowed(url: string, ua?: string): boolean | undefined; getCrawlDelay(ua?: string): number | undefined };
/** robots-parser is CommonJS; its module object is the parse function. */
const robotsParser = robotsParserModule as unknown as (url: string, text: string) => Rules;

/**
 * robots.txt per origin, fetched once per follow run (and again after
 * `ttlMs`), read with robots-parser. RFC 9309: a missing file (4xx) allows
 * everything; an unreachable one (5xx, network) disallows everything until
 * it can be read.
 */
export class RobotsCache {
  private readonly byOrigin = new Map<string, { rules: Rules | 'all' | 'none' | Issue; at: number }>();

  constructor(
    /** GETs a robots.txt URL (through the host gate: it is a request like any other). */
    private readonly fetchText: (url: string) => Promise<FetchResult>,
    private readonly ttlMs: number,
  ) {}

  async check(url: string): Promise<RobotsVerdict> {
    const u = new URL(url);
    const rules = await this.rulesFor(u.origin);
    if (rules === 'all') return { allowed: true, delayMs: null };
    if (rules === 'none') return { allowed: false, delayMs: null };
    if ('code' in rules) return { allowed: false, delayMs: null, refused: rules };
    const delay = rules.getCrawlDelay(ROBOTS_AGENT);
    return { allowed: rules.isAllowed(url, ROBOTS_AGENT) !== false, delayMs: delay === undefined ? null : delay * 1000 };
  }

  private async rulesFor(origin: string): Promise<Rules | 'all' | 'none' | Issue> {
    const hit = this.byOrigin.get(origin);
    if (hit && Date.now() - hit.at < this.ttlMs) return hit.rules;
    const robotsUrl = `${origin}/robots.txt`;
    const r = await this.fetchText(robotsUrl);
    let rules: Rules | 'all' | 'none' | Issue;
    if (!r.ok && r.failure.issue.code === 'E118') rules = r.failure.issue;
    else if (r.ok) rules = robotsParser(robotsUrl, r.value.body);
    else if (r.failure.status !== null && r.failure.status >= 400 && r.failure.status < 500) rules = 'all';
    else if (r.failure.issue.code === 'E117' || r.failure.issue.code === 'E115') rules = 'all';
    else rules = 'none';
    this.byOrigin.set(origin, { rules, at: Date.now() });
    return rules;
  }
}
