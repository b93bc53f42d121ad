// Draws the affected households per class of monthly reduction as horizontal bars, in class order.
// Suppressed classes get a text instead of a bar; the table next to the chart carries the same numbers.
import type * as PlotNS from '@observablehq/plot';
import type { ImpactVerdelingsklasse } from '../../api/rules.ts';
import { t } from '../../i18n/index.ts';

function themeColor(token: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(token).trim();
  return value || fallback;
}

export function drawImpactChart(Plot: typeof PlotNS, width: number, classes: ImpactVerdelingsklasse[]) {
  if (classes.length === 0) return null;
  const shown = classes.filter((c) => !c.suppressed && c.aantal !== null);
  const suppressed = classes.filter((c) => c.suppressed || c.aantal === null);
  const longest = Math.max(...classes.map((c) => c.label.length));
  const marginLeft = Math.min(Math.round(width * 0.45), 16 + longest * 7.5);
  const bar = themeColor('--basis-color-accent-1-inverse-bg-default', '#5b3a9b');
  return Plot.plot({
    width,
    height: 40 + classes.length * 32,
    marginLeft,
    marginRight: 24,
    style: { fontSize: '14px', background: 'transparent', color: 'currentColor' },
    x: {
      label: t.rules.impact.households,
      grid: true,
      tickFormat: (value: number) => value.toLocaleString('nl-NL'),
    },
    y: { label: null, domain: classes.map((c) => c.label), axis: null },
    marks: [
      // Long class labels are cut off with "…" on narrow screens; the table has them in full.
      Plot.axisY({ textOverflow: 'ellipsis', lineWidth: Math.max(4, (marginLeft - 12) / 14), tickSize: 0 }),
      Plot.barX(shown, { x: 'aantal', y: 'label', fill: bar }),
      Plot.text(suppressed, {
        x: 0,
        y: 'label',
        text: () => t.rules.impact.suppressedCount,
        textAnchor: 'start',
        dx: 6,
        fontStyle: 'italic',
      }),
      Plot.ruleX([0]),
    ],
  });
}
