import { scaleBand, scaleLinear } from 'd3-scale';

export interface BarDatum {
  label: string;
  value: number;
}

interface BarChartProps {
  /** The chart's accessible name (the SVG's <title>). */
  title: string;
  /** A sentence or two saying what the chart shows; the table below carries every number. */
  description: string;
  data: readonly BarDatum[];
  /** How a value is written at the end of its bar, e.g. "12" or "3.5 d". */
  format?: (value: number) => string;
}

const WIDTH = 640;
const LABEL_WIDTH = 170;
const VALUE_WIDTH = 70;
const BAR_HEIGHT = 28;

/**
 * Horizontal bars, laid out on the server with d3-scale and sent as plain SVG: it reads
 * without JavaScript, prints, and scales with the page. role="img" plus <title>/<desc> gives
 * screen readers one summary; the figure's table is where the numbers are read one by one.
 */
export function BarChart({ title, description, data, format = String }: BarChartProps) {
  const height = Math.max(1, data.length) * BAR_HEIGHT + 8;
  const y = scaleBand<number>()
    .domain(data.map((_, i) => i))
    .range([4, height - 4])
    .padding(0.2);
  const max = Math.max(0, ...data.map((d) => d.value));
  const x = scaleLinear()
    .domain([0, max || 1])
    .range([0, WIDTH - LABEL_WIDTH - VALUE_WIDTH]);
  return (
    <svg role="img" viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full max-w-2xl">
      <title>{title}</title>
      <desc>{description}</desc>
      {data.map((d, i) => {
        const top = y(i) ?? 0;
        const middle = top + y.bandwidth() / 2;
        return (
          <g key={`${d.label}-${i}`}>
            <text x={LABEL_WIDTH - 8} y={middle} textAnchor="end" dominantBaseline="middle" className="fill-gray-700 text-[13px]">
              {d.label.length > 24 ? `${d.label.slice(0, 23)}…` : d.label}
            </text>
            <rect x={LABEL_WIDTH} y={top} width={Math.max(d.value > 0 ? 2 : 0, x(d.value))} height={y.bandwidth()} className="fill-accent" rx={2} />
            <text x={LABEL_WIDTH + x(d.value) + 6} y={middle} dominantBaseline="middle" className="fill-gray-900 text-[13px]">
              {format(d.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
