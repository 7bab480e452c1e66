/** The text of `dyadwatch help`. */
export const HELP = `dyadwatch: who does what to whom in military cooperation, from the news

Usage: dyadwatch COMMAND [options]

  demo                      ingest the bundled demo articles and show the dyads
  ingest PATH... | -        ingest .txt .md .html .json .jsonl (.gz), feeds, directories, stdin
                            [--workers N] threads that code articles (default: one per core; 0: none)
                            [--queue] only enqueue them (Redis) for \`dyadwatch worker\` processes
  worker                    code queued articles into the store until SIGTERM (any number, any machine)
                            [--concurrency N] articles in hand at once (default 4)
  queue                     queue depth, rates, workers and failed jobs [--failures N] [--retry-failed]
  follow SOURCES.yaml       poll feeds, news sitemaps and pages politely and ingest what is new
                            [--once] one pass over every source, then exit
  sources                   each followed source's health: last success, last error, items today
  events                    list coded events
  dyads                     each pair of actors with event counts by QuadClass
  show EVENT_ID             the evidence sentence with spans marked, why it was coded, its tree
  claims                    the claims ledger: who asserts, who denies, how many outlets
  transfers                 arms transfers by supplier, recipient and system
  watch RULES.yaml          alert when a watched line is crossed (--once, --webhook URL, --out FILE)
  serve                     HTTP API and dashboard on http://127.0.0.1:8787
  eval FILE [--json]        score the extractor on a gold file (../shared/eval/FORMAT.md)
  audit sample              sample stored events for a precision audit [--n 100] [--seed N]
                            [--out eval/audits/F.jsonl] [--sheet F.txt] (worksheet with the sentences)
  audit score FILE          precision of a judged audit file (verdict: right, wrong_party, wrong)
  audit recheck FILE        which judged events the store still codes (regressions and fixes)
  parse FILE... | -         dependency trees (CoNLL-U) of any text on wink's tokens, offsets in MISC
  parse --eval TREEBANK     score the parser on a CoNLL-U treebank, gold tokens in [--json]

Options:
  --db FILE                 SQLite database (default ./dyadwatch.db, or $DYADWATCH_DB)
  --postgres URL            use PostgreSQL instead (or $DYADWATCH_POSTGRES)
  --dyad IRN-RUS            either direction; IRN->RUS for one direction
  --code 072  --actor PRK  --source IRN  --target RUS  --since 2024-01-01  --until 2024-12-31
  --modality actual,future  --no-hedged  --weapon drone  --limit N
  --supplier IRN --recipient RUS           (transfers)
  --format table|json|csv   (--json is short for --format json)
  --redis URL               the queue's Redis (default redis://127.0.0.1:6379, or $DYADWATCH_REDIS);
                            $DYADWATCH_QUEUE_PREFIX, _NAME, _ATTEMPTS, _BACKOFF_MS, _LOCK_MS, _CONCURRENCY
`;
