import type { Issue } from './result.js';

/**
 * The one catalogue of error codes (spaCy's E0xx). Each message says what
 * was found and how to fix it. Ranges: E1xx ingest, E2xx pipeline/nlp,
 * E3xx dictionaries/actors, E4xx coding, E5xx claims, E6xx store,
 * E7xx watch, E8xx server, E9xx CLI/config/eval.
 * Edit only your own range; add entries, never renumber.
 */
export const ERRORS = {
  // E1xx ingest
  E101: 'File not found: {path}. Check the path, or pass - to read standard input.',
  E102: 'Binary content in {path} (NUL bytes or non-text data); only text, HTML, Markdown and JSON/JSONL articles are read.',
  E103: 'Invalid UTF-8 in {path} at byte {offset}. Re-save the file as UTF-8.',
  E104: 'Empty article in {path}: no text after normalization. Nothing to code.',
  E105: 'Unparsable JSON in {path}: {detail}. Each line of a .jsonl file must be one JSON object.',
  E106: 'Article object in {path} has no "text" string. Give each article a "text" field.',
  E107: 'Unsupported file type {path}. Use .txt, .md, .html, .json, .jsonl, or an RSS/Atom feed (.xml, .rss, .atom), optionally with .gz.',
  E108: 'Could not extract the main text of HTML in {path}: {detail}.',
  E109: 'Could not read {path}: {detail}.',
  E110: 'Field "{field}" in {path} is not valid: {detail}. It was ignored.',
  E111: 'Could not parse the feed {path}: {detail}. Feeds must be RSS 2.0, RSS 1.0 or Atom.',
  E112: 'Metadata file {path} could not be used: {detail}. The article was read without it.',
  E113: 'Input {path} is larger than the limit of {max} bytes; it was not read. Split it, or raise limits.fileBytes.',
  E114: 'Article in {path} has {chars} characters, over the limit of {max}: only the first {kept} were kept and coded.',
  E115: 'Not a regular file: {path} is {kind}; only regular files (and symlinks to them) are read.',
  E116: 'Text in {path} is not valid UTF-8; it was read as {encoding}. Re-save it as UTF-8 if that is wrong.',
  E117: 'Invalid UTF-8 in {path}: {count} bad byte sequence(s), the first at byte {offset}, were replaced by U+FFFD.',
  E130: 'Fetching {url} failed: {detail}. It is retried later with backoff.',
  E131: 'Fetching {url} answered HTTP {status}.',
  E132: 'The response from {url} is larger than {max} bytes (counted after decompression); it was dropped.',
  E133: 'Fetching {url} was redirected more than {max} times (or in a loop); it was dropped.',
  E134: 'The response from {url} has content type "{type}", not one of {expected}; it was not read.',
  E135: 'Refusing to fetch {url}: {detail}. Name the address under allow_hosts (SOURCES.yaml) to allow it.',
  E136: 'robots.txt of {host} disallows {url} for dyadwatch; it was not fetched.',
  E137: 'Fetching {url} took longer than {ms} ms; it was abandoned.',
  E138: 'Sources file {path} is not valid: {detail}.',
  E139: 'The sitemap {url} could not be read: {detail}.',
  // E2xx pipeline and NLP
  E201: 'Pipeline component "{component}" requires layer "{layer}", which no earlier component assigns. Reorder the components or add one that assigns it.',
  E202: 'Processing failed for article {article}: {detail}. The article was skipped; the batch goes on.',
  E203: 'Article {article} has {count} run(s) of more than {max} characters without a space (the longest {longest}); the NLP did not read them.',
  E204: 'Article {article} took longer than the limit of {max} ms to code; it was skipped (a worker thread coding it is replaced). The batch goes on.',
  E210: 'Could not read the parser model {path}: {detail}. Rebuild it with `npm run train:parser` or check the path.',
  E211: 'Parser model {path} is not a valid dyadwatch parser model: {detail}. Rebuild it with `npm run train:parser`.',
  // E3xx dictionaries and actors
  E301: 'Dictionary {file} could not be parsed: {detail}.',
  E302: 'Dictionary entry {entry} in {file} is invalid: {detail}.',
  E303: 'Duplicate dictionary entry id {entry} in {file}; ids must be unique.',
  E304: 'Dictionary entry {entry} in {file} names unknown state {code}; add the state to a dictionaries/actors/states-*.yaml file or fix the code.',
  // E4xx coding
  E401: 'Verb pattern {entry} in {file} is invalid: {detail}.',
  E402: 'Unknown CAMEO code {code} in {file} entry {entry}; see dictionaries/coding/cameo.yaml.',
  E403: 'Coding dictionary {file} could not be read or parsed: {detail}.',
  E404: 'Coding dictionary {file} is not valid: {detail}.',
  E405: 'Duplicate verb pattern id {entry} in {file}; pattern ids must be unique across verbs-*.yaml files.',
  E406: 'Pair spans {detail} do not fall inside the text; give UTF-16 offsets into the sentence.',
  E407: 'Pair model {file} could not be used: {detail}. Retrain it with `npm run train:pairs`, or run without it (rules only).',
  // E5xx claims
  E501: 'Could not resolve the date "{text}" in article {article}: {detail}.',
  // E6xx store
  E601: 'Could not open the database {target}: {detail}.',
  E602: 'Database {target} has schema version {found}, newer than this dyadwatch ({expected}). Upgrade dyadwatch.',
  E603: 'No event with id {id}. List ids with `dyadwatch events --format json`.',
  E604: 'Could not write article {article}: {detail}. The article was rolled back; the store is unchanged.',
  E605: 'Invalid page cursor "{cursor}": pass back the nextCursor of a previous page unchanged, or no cursor for the first page.',
  E606: 'Invalid PostgreSQL schema name "{schema}": use letters, digits and underscores, starting with a letter or underscore.',
  // E61x the job queue (Redis, BullMQ)
  E611: 'Could not reach the queue at {target}: {detail}. Start Redis or pass --redis URL (or $DYADWATCH_REDIS).',
  E612: 'Queue job {job} does not hold an article: {detail}. It was moved to the failed list.',
  // E7xx watch
  E701: 'Watch rules file {path} is not valid YAML: {detail}.',
  E702: 'Watch rule {rule} in {path} is invalid: {detail}.',
  E703: 'Webhook delivery to {url} failed: {detail}. The alert stays queued and will be retried.',
  E704: 'Watch rule {rule} could not be checked: {detail}. The other rules go on; it is checked again on the next poll.',
  E705: 'Delivery of an alert to {sink} failed: {detail}. The alert stays queued and will be retried.',
  // E8xx server
  E801: 'Invalid request: {detail}.',
  E802: 'Not found: {detail}.',
  E803: 'A token is required: set DYADWATCH_TOKEN and send it as "Authorization: Bearer TOKEN".',
  E804: 'Internal error; see the server log for details.',
  E805: 'Writes are disabled: this server was started without a token. Set DYADWATCH_TOKEN and restart to accept POST requests.',
  E806: 'Refusing to listen on {host} without a token: anyone on the network could reach the API. Set DYADWATCH_TOKEN, or bind to 127.0.0.1.',
  E807: 'Request body too large: at most {max} bytes are accepted.',
  E808: 'Ingestion is not available in this server: {detail}.',
  E809: 'Could not listen on {host}:{port}: {detail}.',
  E810: 'Host header "{host}" is not allowed for a server bound to a loopback address; open the dashboard at http://127.0.0.1:PORT/.',
  E812: 'Too many live streams: at most {max} clients may follow /api/stream at once. Try again later.',
  E811: 'Unsupported content type "{type}": send text/plain (the article text) or application/json ({"text": ...}).',
  // E9xx CLI, config and eval
  E901: 'Unknown command "{command}". Run `dyadwatch help` for the list.',
  E902: 'Invalid option {option}: {detail}.',
  E903: 'Invalid configuration: {detail}.',
  E904: 'Gold file {path} line {line} is not in a format of FORMAT.md: {detail}.',
  E905: 'Gold file {path} is empty or has no scorable lines.',
  E906: 'Could not read gold file {path}: {detail}.',
  E907: 'The {stage} failed on gold item {id}: {detail}. It was scored as giving no output.',
  E908: 'Gold file {path} line {line}: {detail}. The line is kept.',
  E909: 'Audit file {path} line {line} is not an audit record: {detail}.',
  E910: 'Nothing to audit: {detail}.',
  E911: 'Could not read the treebank {path}: {detail}. Give a CoNLL-U file (.conllu or .conllu.gz).',
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** Builds a coded Issue, filling {placeholders} in the catalogue message. */
export function issue(code: ErrorCode, params: Record<string, string | number> = {}, where?: string): Issue {
  const message = ERRORS[code].replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? String(params[k]) : `{${k}}`));
  return where === undefined ? { code, message } : { code, message, where };
}
