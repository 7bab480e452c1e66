import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** One stacked layer of a bar chart. */
export interface Layer {
  label: string;
  color: string;
  values: number[];
}

interface Props {
  /** Bucket start dates (ISO). */
  buckets: string[];
  layers: Layer[];
  height: number;
  /** When given, dragging across the chart selects a date range. */
  onSelect?: (since: string, until: string) => void;
  /** Accessible description of what the chart shows. */
  label: string;
}

const toSeconds = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 1000;
const toIso = (s: number) => new Date(s * 1000).toISOString().slice(0, 10);

/**
 * Stacked bars with uPlot: layers are drawn as cumulative sums from the top
 * down, so each visible band is one layer. Redrawn when data changes.
 */
export function StackedBars({ buckets, layers, height, onSelect, label }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    const el = box.current;
    if (!el || buckets.length === 0) return;
    const xs = buckets.map(toSeconds);
    const cumulative: number[][] = [];
    layers.forEach((l, i) => cumulative.push(l.values.map((v, j) => v + (i ? cumulative[i - 1]![j]! : 0))));
    // Top of the stack first, so lower layers are painted over it.
    const order = layers.map((_, i) => i).reverse();
    const bars = uPlot.paths.bars!({ size: [0.8, 40] });
    // Half a bucket of room on each side, so the first and last bars are drawn whole.
    const step = xs.length > 1 ? xs[1]! - xs[0]! : 7 * 86400;
    const opts: uPlot.Options = {
      width: Math.max(300, el.clientWidth),
      height,
      legend: { show: false },
      cursor: onSelect ? { drag: { x: true, y: false, setScale: false } } : { drag: { x: false, y: false } },
      scales: { x: { time: true, range: (_u, min, max) => [min - step / 2, max + step / 2] }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
      axes: [{ stroke: '#556' }, { stroke: '#556', size: 40 }],
      series: [{}, ...order.map((i) => ({ label: layers[i]!.label, fill: layers[i]!.color, stroke: layers[i]!.color, width: 0, paths: bars, points: { show: false } }))],
      hooks: {
        setSelect: [
          (u) => {
            if (!select.current || u.select.width < 2) return;
            const from = u.posToVal(u.select.left, 'x');
            const to = u.posToVal(u.select.left + u.select.width, 'x');
            select.current(toIso(from), toIso(to));
          },
        ],
      },
    };
    const data = [xs, ...order.map((i) => cumulative[i]!)] as uPlot.AlignedData;
    const plot = new uPlot(opts, data, el);
    // Resize at most once a frame and only when the width really changed: a
    // resize that toggles the page scrollbar must not feed back into another.
    let width = opts.width;
    let frame = 0;
    const resize = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const w = Math.max(300, el.clientWidth);
        if (Math.abs(w - width) < 2) return;
        width = w;
        plot.setSize({ width: w, height });
      });
    });
    resize.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      plot.destroy();
    };
  }, [buckets, layers, height]);

  return (
    <figure class="chart" aria-label={label}>
      <div ref={box} class="chart-box" />
      <figcaption class="legend">
        {layers.map((l) => (
          <span key={l.label} class="legend-item">
            <i style={{ background: l.color }} />
            {l.label} ({l.values.reduce((a, b) => a + b, 0)})
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
