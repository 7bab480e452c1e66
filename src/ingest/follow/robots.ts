import robotsParserModule from 'robots-parser';
import type { FetchFailure, FetchResult } from './http.js';

/** The product token matched against robots.txt User-agent lines. */
export const ROBOTS_AGENT = 'dyadwatch';

/** What robots.txt says about one URL. */
export interface RobotsVerdict {
  allowed: boolean;
  /** Crawl-delay for us, in ms, when the file gives one. */
  delayMs: number | null;
  /**
   * Why nothing may be fetched from the host now, when it is not the file's
   * rules: the SSRF guard refused it, or robots.txt could not be read (5xx,
   * network error, timeout; retryable).
   */
  refused?: FetchFailure;
}

type Rules = { isAllowed(url: string, ua?: string): boolean | undefined; getCrawlDelay(ua?: string): number | undefined };
/** robots-parser is CommonJS; its module object is the parse function. */
const robotsParser = robotsParserModule as unknown as (url: string, text: string) => Rules;

/**
 * robots.txt per origin, fetched once per follow run (and again after
 * `ttlMs`), read with robots-parser. RFC 9309: a missing file (4xx) allows
 * everything; an unreachable one (5xx, network) disallows everything until
 * it can be read, which is asked again at the next request (not cached), and
 * the failure itself is what the source reports.
 */
export class RobotsCache {
  private readonly byOrigin = new Map<string, { rules: Rules | 'all'; at: number }>();

  constructor(
    /** GETs a robots.txt URL (through the host gate: it is a request like any other). */
    private readonly fetchText: (url: string) => Promise<FetchResult>,
    private readonly ttlMs: number,
  ) {}

  async check(url: string): Promise<RobotsVerdict> {
    const u = new URL(url);
    const rules = await this.rulesFor(u.origin);
    if (rules === 'all') return { allowed: true, delayMs: null };
    if ('issue' in rules) return { allowed: false, delayMs: null, refused: rules };
    const delay = rules.getCrawlDelay(ROBOTS_AGENT);
    return { allowed: rules.isAllowed(url, ROBOTS_AGENT) !== false, delayMs: delay === undefined ? null : delay * 1000 };
  }

  private async rulesFor(origin: string): Promise<Rules | 'all' | FetchFailure> {
    const hit = this.byOrigin.get(origin);
    if (hit && Date.now() - hit.at < this.ttlMs) return hit.rules;
    const robotsUrl = `${origin}/robots.txt`;
    const r = await this.fetchText(robotsUrl);
    let rules: Rules | 'all';
    if (r.ok) rules = robotsParser(robotsUrl, r.value.body);
    // A missing file, or something that is no robots.txt at all, allows everything.
    else if (r.failure.status !== null && r.failure.status >= 400 && r.failure.status < 500) rules = 'all';
    else if (r.failure.issue.code === 'E134' || r.failure.issue.code === 'E132') rules = 'all';
    else return r.failure;
    this.byOrigin.set(origin, { rules, at: Date.now() });
    return rules;
  }
}
