// Horizontal bars of counts per category, where a suppressed count (small numbers) gets a text instead of a bar.
// Used by every aggregate chart, so they look and behave alike; the table next to each chart carries the numbers.
import type * as PlotNS from '@observablehq/plot';

export type BarRow = { label: string; value: number | null; suppressed: boolean };

export type BarChartOptions = {
  xLabel: string;
  suppressedText: string;
  /** Cut long category labels off with "…" on narrow screens (the table has them in full). */
  truncateLabels?: boolean;
};

function themeColor(token: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(token).trim();
  return value || fallback;
}

export function drawSuppressedBarChart(
  Plot: typeof PlotNS,
  width: number,
  rows: BarRow[],
  { xLabel, suppressedText, truncateLabels = false }: BarChartOptions,
) {
  if (rows.length === 0) return null;
  const shown = rows.filter((row) => !row.suppressed && row.value !== null);
  const suppressed = rows.filter((row) => row.suppressed || row.value === null);
  const longest = Math.max(...rows.map((row) => row.label.length));
  const marginLeft = Math.min(Math.round(width * 0.45), 16 + longest * 7.5);
  const bar = themeColor('--basis-color-accent-1-inverse-bg-default', '#5b3a9b');
  return Plot.plot({
    width,
    height: 40 + rows.length * 32,
    marginLeft,
    marginRight: 24,
    style: { fontSize: '14px', background: 'transparent', color: 'currentColor' },
    x: { label: xLabel, grid: true, tickFormat: (value: number) => value.toLocaleString('nl-NL') },
    y: { label: null, domain: rows.map((row) => row.label), ...(truncateLabels ? { axis: null } : {}) },
    marks: [
      ...(truncateLabels
        ? [
            Plot.axisY({
              textOverflow: 'ellipsis',
              lineWidth: Math.max(4, (marginLeft - 12) / 14),
              tickSize: 0,
            }),
          ]
        : []),
      Plot.barX(shown, { x: 'value', y: 'label', fill: bar }),
      Plot.text(suppressed, {
        x: 0,
        y: 'label',
        text: () => suppressedText,
        textAnchor: 'start',
        dx: 6,
        fontStyle: 'italic',
      }),
      Plot.ruleX([0]),
    ],
  });
}
