import { openStore } from './src/store/open.ts';
const t0 = performance.now();
const s = await openStore({ kind: 'postgres', path: '', url: 'postgres://postgres@127.0.0.1:5432/dw_queue_1m', schema: 'dyadwatch' });
if (!s.ok) throw new Error(s.issues[0]!.message);
console.log('open+migrate ms', (performance.now() - t0).toFixed(0));
const st = s.value as any;
console.log(await st.stats());
const time = async (label: string, f: () => Promise<unknown>) => {
  for (let i = 0; i < 20; i++) await f();
  const ms: number[] = [];
  for (let i = 0; i < 200; i++) { const t = performance.now(); await f(); ms.push(performance.now() - t); }
  ms.sort((a, b) => a - b);
  console.log(label, 'p50', ms[100]!.toFixed(2), 'p95', ms[190]!.toFixed(2));
};
await time('dyads', () => st.dyads({}));
await time('dyads dash', () => st.dyads({ modality: ['actual', 'future', 'conditional'] }));
await time('series week RUS-USA', () => st.dyadSeries({ dyad: ['RUS', 'USA'] }, 'week'));
await time('series month RUS-USA', () => st.dyadSeries({ dyad: ['RUS', 'USA'] }, 'month'));
const a = await st.dyads({}); const b = await st.dyadsFromEvents({});
console.log('dyads equal to events count:', JSON.stringify(a) === JSON.stringify(b), a.length);
const c = await st.dyadSeries({ dyad: ['RUS', 'USA'] }, 'week'); const d = await st.dyadSeriesFromEvents({ dyad: ['RUS', 'USA'] }, 'week');
console.log('series equal:', JSON.stringify(c) === JSON.stringify(d), c.length);
await st.close();
