// Draws households per wijk as horizontal bars. Suppressed wijken (fewer than 10) get a text instead of a bar.
import type * as PlotNS from '@observablehq/plot';
import type { WijkFigures } from '../../api/types.ts';
import { t } from '../../i18n/index.ts';

function themeColor(token: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(token).trim();
  return value || fallback;
}

export function drawPopulationChart(Plot: typeof PlotNS, width: number, items: WijkFigures[]) {
  if (items.length === 0) return null;
  const shown = items.filter((item) => !item.suppressed && item.households !== null);
  const suppressed = items.filter((item) => item.suppressed || item.households === null);
  const longestName = Math.max(...items.map((item) => item.wijkName.length));
  const marginLeft = Math.min(Math.round(width * 0.45), 16 + longestName * 7.5);
  const bar = themeColor('--basis-color-accent-1-inverse-bg-default', '#5b3a9b');
  return Plot.plot({
    width,
    height: 40 + items.length * 32,
    marginLeft,
    marginRight: 24,
    style: { fontSize: '14px', background: 'transparent', color: 'currentColor' },
    x: {
      label: t.population.households,
      grid: true,
      tickFormat: (value: number) => value.toLocaleString('nl-NL'),
    },
    y: { label: null, domain: items.map((item) => item.wijkName) },
    marks: [
      Plot.barX(shown, { x: 'households', y: 'wijkName', fill: bar }),
      Plot.text(suppressed, {
        x: 0,
        y: 'wijkName',
        text: () => t.population.suppressed,
        textAnchor: 'start',
        dx: 6,
        fontStyle: 'italic',
      }),
      Plot.ruleX([0]),
    ],
  });
}
