import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A route of the test server: answers one request. */
export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** A local HTTP server on 127.0.0.1 for the follow tests; routes can change while it runs. */
export interface TestServer {
  base: string;
  routes: Map<string, Handler>;
  /** Requests received, as "METHOD path". */
  hits: string[];
  /** Request headers per path, last request wins. */
  headers: Map<string, http.IncomingHttpHeaders>;
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Handler> = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const hits: string[] = [];
  const headers = new Map<string, http.IncomingHttpHeaders>();
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    hits.push(`${req.method} ${path}`);
    headers.set(path, req.headers);
    const h = table.get(path);
    if (h) h(req, res);
    else {
      res.statusCode = 404;
      res.end('not here');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    routes: table,
    hits,
    headers,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** Sends `body` with a content type (and optional extra headers). */
export function send(type: string, body: string | Buffer, extra: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': type, ...extra });
    res.end(body);
  };
}

/** Answers 304 when the request carries the ETag, else the body with it. */
export function withEtag(type: string, etag: string, body: () => string): Handler {
  return (req, res) => {
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': type, etag });
    res.end(body());
  };
}

/** An RSS 2.0 feed of the given items (our own text). */
export function rss(title: string, items: { guid: string; title: string; link: string; date: string; summary?: string; content?: string }[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = items
    .map(
      (i) => `<item><guid>${esc(i.guid)}</guid><title>${esc(i.title)}</title><link>${esc(i.link)}</link>
<pubDate>${new Date(i.date).toUTCString()}</pubDate>${i.summary ? `<description>${esc(i.summary)}</description>` : ''}
${i.content ? `<content:encoded>${esc(i.content)}</content:encoded>` : ''}</item>`,
    )
    .join('\n');
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>${esc(title)}</title><link>http://example.test/</link><language>en</language>${body}</channel></rss>`;
}

/** An article page whose main text Readability can find. */
export function page(title: string, paragraphs: string[]): string {
  return `<!doctype html><html><head><title>${title}</title><meta property="og:site_name" content="Valdor Post"></head>
<body><nav>Home | World | Sport</nav><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>
<footer>Copyright Valdor Post</footer></body></html>`;
}

/** Our own paragraphs about the fictional states of the tests, distinct per `n`. */
export function storyText(n: number): string[] {
  return [
    `Valdoria delivered ${n + 2} armoured vehicles to Norland on Monday, the defence ministry in Valdor said in statement number ${n}.`,
    `The shipment number ${n} followed talks between the two defence ministers earlier in the month, officials said.`,
    `Norland said the vehicles of batch ${n} would be based near its northern border with Ostrava, which called the transfer a provocation.`,
    `Analysts in Valdor said batch ${n} was the largest delivery of its kind this year and that more could follow before winter.`,
  ];
}
