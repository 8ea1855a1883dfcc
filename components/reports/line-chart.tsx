import { scaleLinear, scalePoint } from 'd3-scale';
import { area, line } from 'd3-shape';

export interface LinePoint {
  label: string;
  value: number;
}

interface LineChartProps {
  title: string;
  description: string;
  points: readonly LinePoint[];
}

const WIDTH = 640;
const HEIGHT = 220;
const MARGIN = { top: 12, right: 16, bottom: 28, left: 44 };

/**
 * A line over time with its area, computed on the server with d3-scale and d3-shape (the path
 * strings are all the browser gets). The axis shows the first and last period and the peak;
 * the figure's table has every period.
 */
export function LineChart({ title, description, points }: LineChartProps) {
  const x = scalePoint<number>()
    .domain(points.map((_, i) => i))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.2);
  const max = Math.max(0, ...points.map((p) => p.value));
  const y = scaleLinear()
    .domain([0, max || 1])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const xOf = (_: LinePoint, i: number) => x(i) ?? MARGIN.left;
  const path = line<LinePoint>().x(xOf).y((p) => y(p.value))(points) ?? '';
  const fill = area<LinePoint>().x(xOf).y0(y(0)).y1((p) => y(p.value))(points) ?? '';
  const ticks = y.ticks(4);
  const first = points[0];
  const last = points.at(-1);
  return (
    <svg role="img" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full max-w-2xl">
      <title>{title}</title>
      <desc>{description}</desc>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(t)} y2={y(t)} className="stroke-gray-200" />
          <text x={MARGIN.left - 6} y={y(t)} textAnchor="end" dominantBaseline="middle" className="fill-gray-700 text-[12px]">
            {t}
          </text>
        </g>
      ))}
      <path d={fill} className="fill-accent opacity-15" />
      <path d={path} fill="none" className="stroke-accent" strokeWidth={2} />
      {points.length === 1 && first ? <circle cx={xOf(first, 0)} cy={y(first.value)} r={4} className="fill-accent" /> : null}
      {first ? (
        <text x={xOf(first, 0)} y={HEIGHT - 8} textAnchor="start" className="fill-gray-700 text-[12px]">
          {first.label}
        </text>
      ) : null}
      {last && points.length > 1 ? (
        <text x={xOf(last, points.length - 1)} y={HEIGHT - 8} textAnchor="end" className="fill-gray-700 text-[12px]">
          {last.label}
        </text>
      ) : null}
    </svg>
  );
}
