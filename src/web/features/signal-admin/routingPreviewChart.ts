// Grouped horizontal bars: per team, the signals of last month now and with the new rule. The table next to the
// chart carries the same numbers; the chart only helps to see the shift at a glance.
import type * as PlotNS from '@observablehq/plot';
import { t } from '../../i18n/index.ts';
import { type PreviewRow, previewBars } from './routingPreview.ts';

function themeColor(token: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(token).trim();
  return value || fallback;
}

export function drawRoutingPreviewChart(Plot: typeof PlotNS, width: number, rows: readonly PreviewRow[]) {
  if (rows.length === 0) return null;
  const m = t.signalAdmin.routing.preview;
  const bars = previewBars(rows);
  const longest = Math.max(...rows.map((row) => row.team.length));
  // Team names sit above their pair of bars on narrow screens, beside them on wide ones.
  const narrow = width < 480;
  const marginLeft = narrow ? 8 : Math.min(Math.round(width * 0.4), 16 + longest * 7.5);
  const now = themeColor('--basis-color-default-color-subtle', '#6b6b6b');
  const withRule = themeColor('--basis-color-accent-1-inverse-bg-default', '#5b3a9b');
  return Plot.plot({
    width,
    height: 48 + rows.length * (narrow ? 76 : 56),
    marginLeft,
    marginRight: 32,
    marginTop: narrow ? 24 : 8,
    style: { fontSize: '14px', background: 'transparent', color: 'currentColor' },
    x: { label: m.signals, grid: true, tickFormat: (value: number) => value.toLocaleString('nl-NL') },
    y: { axis: null, domain: [m.now, m.withRule], padding: 0.15 },
    fy: {
      label: null,
      domain: rows.map((row) => row.team),
      padding: narrow ? 0.45 : 0.25,
      axis: null,
    },
    color: { domain: [m.now, m.withRule], range: [now, withRule], legend: true },
    marks: [
      // On narrow screens the team name sits above its pair of bars (the left margin is too small for it).
      ...(narrow
        ? [
            Plot.text(rows, {
              fy: 'team',
              text: 'team',
              frameAnchor: 'top-left',
              dy: -16,
              fontWeight: 'bold',
              textOverflow: 'ellipsis',
              lineWidth: Math.max(8, (width - 40) / 8),
            }),
          ]
        : [
            Plot.axisFy({
              anchor: 'left',
              label: null,
              tickSize: 0,
              textOverflow: 'ellipsis',
              lineWidth: Math.max(4, (marginLeft - 12) / 14),
            }),
          ]),
      Plot.barX(bars, { x: 'aantal', y: 'serie', fy: 'team', fill: 'serie' }),
      Plot.text(bars, {
        x: 'aantal',
        y: 'serie',
        fy: 'team',
        text: (d: { aantal: number }) => d.aantal.toLocaleString('nl-NL'),
        textAnchor: 'start',
        dx: 4,
      }),
      Plot.ruleX([0]),
    ],
  });
}
