import cliProgress from 'cli-progress';

/** A progress display for a batch; every method is a no-op when nothing is shown. */
export interface Progress {
  /** Counts n more items done (default 1). */
  tick(n?: number): void;
  /** Sets the total once it is known (e.g. after counting inputs); 0 means unknown. */
  setTotal(n: number): void;
  /** Stops drawing and releases the terminal line. */
  stop(): void;
}

/** Where the bar draws; tests pass a fake TTY. */
export interface ProgressOptions {
  stream?: NodeJS.WriteStream;
}

const SILENT: Progress = { tick() {}, setTotal() {}, stop() {} };

/**
 * A progress bar on stderr, shown only when stderr is a terminal: piped or
 * redirected output (CI logs, `2> log`) stays clean. With no total it shows a
 * running count; with one, a bar, count and percentage.
 */
export function createProgress(label: string, total?: number, opts: ProgressOptions = {}): Progress {
  const stream = opts.stream ?? process.stderr;
  if (!stream.isTTY) return SILENT;
  const bar = new cliProgress.SingleBar({
    stream,
    hideCursor: true,
    clearOnComplete: false,
    // A function format, so the same bar can switch from count to bar when the total arrives.
    format: (options, params) => {
      if (params.total <= 0) return `${label} ${params.value}`;
      const pct = Math.floor(params.progress * 100);
      return `${label} ${cliProgress.Format.BarFormat(params.progress, options)} ${params.value}/${params.total} ${pct}%`;
    },
  });
  bar.start(total ?? 0, 0);
  let stopped = false;
  return {
    tick(n = 1) {
      if (!stopped) bar.increment(n);
    },
    setTotal(n: number) {
      if (!stopped) bar.setTotal(n);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      bar.stop();
    },
  };
}
