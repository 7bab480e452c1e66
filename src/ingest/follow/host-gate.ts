/**
 * Politeness per host: at most `concurrency` requests in flight to one host,
 * and at least `minDelayMs` between the starts of two of them (raised by a
 * robots.txt Crawl-delay). One gate per follow run; nothing is shared
 * between runs.
 */
export class HostGate {
  private readonly hosts = new Map<string, { active: number; lastStart: number; delayMs: number; waiting: (() => void)[] }>();

  constructor(
    private readonly concurrency: number,
    private readonly minDelayMs: number,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  private slot(host: string) {
    let s = this.hosts.get(host);
    if (!s) {
      s = { active: 0, lastStart: 0, delayMs: this.minDelayMs, waiting: [] };
      this.hosts.set(host, s);
    }
    return s;
  }

  /** A host asks for more time between requests (robots.txt Crawl-delay); never less than the default. */
  setDelay(host: string, ms: number): void {
    const s = this.slot(host);
    s.delayMs = Math.max(this.minDelayMs, ms);
  }

  /** Runs `work` when the host has a free slot and its delay has passed. */
  async run<T>(host: string, work: () => Promise<T>): Promise<T> {
    const s = this.slot(host);
    while (s.active >= this.concurrency) await new Promise<void>((r) => s.waiting.push(r));
    s.active++;
    try {
      // Reserve the start time before sleeping, so concurrent callers space themselves out.
      const start = Math.max(Date.now(), s.lastStart + s.delayMs);
      s.lastStart = start;
      const wait = start - Date.now();
      if (wait > 0) await this.sleep(wait);
      return await work();
    } finally {
      s.active--;
      s.waiting.shift()?.();
    }
  }
}
