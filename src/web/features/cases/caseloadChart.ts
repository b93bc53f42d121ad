// Open cases per regisseur as stacked horizontal bars, one colour per phase. The table next to the chart carries
// the same numbers; the chart only helps to see at a glance who carries how much, and in which phase.
import type * as PlotNS from '@observablehq/plot';
import type { CaseloadRegisseur } from '../../api/cases.ts';
import { type CasePhase, casePhases, caseTexts, phaseLabel } from './labels.ts';

/** The phases a caseload counts: every phase except afgesloten. */
export const OPEN_PHASES: CasePhase[] = casePhases.filter((phase) => phase !== 'afgesloten');

export interface CaseloadBar {
  regisseur: string;
  phase: string;
  count: number;
}

/** One bar part per regisseur and open phase with at least one case, in phase order. */
export function caseloadBars(rows: readonly CaseloadRegisseur[]): CaseloadBar[] {
  return rows.flatMap((row) =>
    OPEN_PHASES.map((phase) => ({
      regisseur: row.regisseur.displayName,
      phase: phaseLabel(phase),
      count: row.byPhase[phase] ?? 0,
    })).filter((bar) => bar.count > 0),
  );
}

export function drawCaseloadChart(Plot: typeof PlotNS, width: number, rows: readonly CaseloadRegisseur[]) {
  const bars = caseloadBars(rows);
  if (bars.length === 0) return null;
  const names = rows.map((row) => row.regisseur.displayName);
  const longest = Math.max(...names.map((name) => name.length));
  const marginLeft = Math.min(Math.round(width * 0.4), 16 + longest * 7.5);
  return Plot.plot({
    width,
    height: 80 + rows.length * 36,
    marginLeft,
    marginRight: 24,
    style: { fontSize: '14px', background: 'transparent', color: 'currentColor' },
    x: {
      label: caseTexts.caseload.openCases,
      grid: true,
      tickFormat: (value: number) => value.toLocaleString('nl-NL'),
    },
    // The axis is drawn as a mark below, so long names are cut off with "…" (the table has them in full).
    y: { label: null, domain: names, axis: null },
    color: { domain: OPEN_PHASES.map(phaseLabel), scheme: 'tableau10', legend: true },
    marks: [
      Plot.axisY({ textOverflow: 'ellipsis', lineWidth: Math.max(4, (marginLeft - 12) / 14), tickSize: 0 }),
      Plot.barX(
        bars,
        Plot.stackX({ x: 'count', y: 'regisseur', fill: 'phase', order: OPEN_PHASES.map(phaseLabel) }),
      ),
      Plot.ruleX([0]),
    ],
  });
}
