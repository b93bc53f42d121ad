// The ZRM trend of one adult: a small line chart per domain (score 1..5 over time), stacked. The history table
// next to it carries the same numbers; the chart helps to see at a glance where things improve or slip.
import type * as PlotNS from '@observablehq/plot';
import type { TrendPoint } from './zrm.ts';

function themeColor(token: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(token).trim();
  return value || fallback;
}

export function drawZrmTrendChart(
  Plot: typeof PlotNS,
  width: number,
  points: TrendPoint[],
  domains: string[],
) {
  if (points.length === 0) return null;
  const narrow = width < 480;
  const line = themeColor('--basis-color-accent-1-inverse-bg-default', '#5b3a9b');
  return Plot.plot({
    width,
    height: 48 + domains.length * (narrow ? 96 : 80),
    // Room at both sides for the first and last date label, which are centred on their tick.
    marginLeft: narrow ? 36 : 200,
    marginRight: 36,
    marginTop: narrow ? 24 : 8,
    style: { fontSize: '13px', background: 'transparent', color: 'currentColor' },
    x: { type: 'utc', label: null, ticks: narrow ? 2 : 6, tickFormat: '%d-%m-%Y' },
    y: { domain: [1, 5], ticks: [1, 3, 5], tickFormat: 'd', label: null, grid: true, axis: 'right' },
    fy: { domain: domains, label: null, padding: narrow ? 0.4 : 0.2, axis: null },
    marks: [
      narrow
        ? Plot.text(domains, {
            fy: (d: string) => d,
            text: (d: string) => d,
            frameAnchor: 'top-left',
            // Start the domain name at the left edge of the figure, not of the plot frame.
            dx: -28,
            dy: -16,
          })
        : Plot.axisFy({ anchor: 'left', label: null, tickSize: 0 }),
      Plot.lineY(points, { x: 'date', y: 'score', fy: 'domain', stroke: line, strokeWidth: 2 }),
      Plot.dot(points, { x: 'date', y: 'score', fy: 'domain', fill: line, r: 4 }),
    ],
  });
}
