// Pure helpers of the routing preview: one row per team with the count now, with the rule, and the difference,
// in a stable order (most signals first), and the rows of the chart (two bars per team).
import type { RoutingPreviewResult } from '../../api/signal-admin.ts';
import { t } from '../../i18n/index.ts';

export interface PreviewRow {
  key: string;
  team: string;
  nu: number;
  met: number;
  verschil: number;
}

/** A team-less row (no rule matched) is named, never hidden: those signals would land nowhere. */
export function previewRows(result: RoutingPreviewResult): PreviewRow[] {
  return result.perTeam
    .map((row) => ({
      key: row.teamId ?? 'geen-team',
      team: row.teamNaam || t.signalAdmin.routing.preview.noTeam,
      nu: row.nu,
      met: row.met,
      verschil: row.met - row.nu,
    }))
    .sort((a, b) => Math.max(b.nu, b.met) - Math.max(a.nu, a.met) || a.team.localeCompare(b.team, 'nl'));
}

/** "+3", "-2" or "0". */
export function formatDifference(n: number): string {
  return n > 0 ? `+${n.toLocaleString('nl-NL')}` : n.toLocaleString('nl-NL');
}

export interface PreviewBar {
  team: string;
  serie: string;
  aantal: number;
}

/** Two bars per team: now and with the rule, in the order of the table. */
export function previewBars(rows: readonly PreviewRow[]): PreviewBar[] {
  const m = t.signalAdmin.routing.preview;
  return rows.flatMap((row) => [
    { team: row.team, serie: m.now, aantal: row.nu },
    { team: row.team, serie: m.withRule, aantal: row.met },
  ]);
}
