import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureServer } from './fixtures.case.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Every $ref in a JSON value. */
function refs(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v)) v.forEach((x) => refs(x, out));
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      if (k === '$ref' && typeof x === 'string') out.push(x);
      else refs(x, out);
    }
  }
  return out;
}

test('/openapi.json is a structurally valid OpenAPI 3 document covering the API', async () => {
  const s = await fixtureServer();
  try {
    const r = await fetch(`${s.url}/openapi.json`);
    assert.equal(r.status, 200);
    const doc = (await r.json()) as any;
    assert.match(doc.openapi, /^3\.\d+\.\d+$/);
    assert.equal(typeof doc.info.title, 'string');
    assert.equal(typeof doc.info.version, 'string');
    assert.equal(typeof doc.paths, 'object');
    assert.equal(typeof doc.components.schemas, 'object');
    for (const p of ['/api/events', '/api/events/{id}', '/api/dyads', '/api/dyads/{a}/{b}/series', '/api/actors', '/api/claims',
      '/api/transfers', '/api/articles', '/api/articles/{id}', '/api/search', '/api/stream']) {
      assert.ok(doc.paths[p], `missing ${p}`);
    }
    const opIds = new Set<string>();
    for (const [p, item] of Object.entries<any>(doc.paths)) {
      assert.ok(p.startsWith('/'));
      const templated = [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const [method, op] of Object.entries<any>(item)) {
        assert.ok(METHODS.includes(method), `${p} ${method}`);
        assert.ok(op.responses && Object.keys(op.responses).length, `${p} ${method} has responses`);
        for (const [code, resp] of Object.entries<any>(op.responses)) {
          assert.match(code, /^([1-5]\d\d|default)$/);
          assert.equal(typeof resp.description, 'string');
        }
        assert.ok(!opIds.has(op.operationId), 'operationIds are unique');
        opIds.add(op.operationId);
        for (const prm of op.parameters ?? []) {
          assert.ok(['query', 'path', 'header', 'cookie'].includes(prm.in));
          assert.ok(prm.schema && typeof prm.schema === 'object');
          if (prm.in === 'path') assert.equal(prm.required, true);
        }
        const pathParams = (op.parameters ?? []).filter((x: any) => x.in === 'path').map((x: any) => x.name);
        assert.deepEqual(pathParams.sort(), templated.sort(), `${p} path parameters match the template`);
      }
    }
    for (const ref of refs(doc)) {
      const name = ref.replace('#/components/schemas/', '');
      assert.ok(doc.components.schemas[name], `dangling ${ref}`);
    }
    // OpenAPI 3.0 schemas use nullable, not type arrays or $schema keys.
    const text = JSON.stringify(doc);
    assert.doesNotMatch(text, /"\$schema"/);
    assert.doesNotMatch(text, /"type":\[/);
    const ev = doc.paths['/api/events'].get.parameters.map((x: any) => x.name);
    for (const n of ['dyad', 'code', 'actor', 'source', 'target', 'since', 'until', 'plover', 'weapon', 'modality', 'hedged', 'cursor', 'limit']) {
      assert.ok(ev.includes(n), `events takes ${n}`);
    }
    assert.deepEqual(doc.paths['/api/articles'].post.security, [{ bearer: [] }]);
  } finally {
    await s.done();
  }
});
