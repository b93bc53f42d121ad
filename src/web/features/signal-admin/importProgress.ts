// Pure helpers of the import page: which files are accepted, percentages for the progress bars, when to tell a
// screen reader how far it is (in steps, not every second), and file sizes in Dutch.
import { formatNumber } from '../../i18n/format.ts';

export type ImportFormat = 'ddas' | 'csv';

/** A DDAS delivery is JSON; a signal platform export is CSV. Anything else is refused before uploading. */
export function importFormatOf(fileName: string): ImportFormat | null {
  const lower = fileName.trim().toLowerCase();
  if (lower.endsWith('.json')) return 'ddas';
  if (lower.endsWith('.csv')) return 'csv';
  return null;
}

/** Whole percent of done/total, clamped to 0..100; 0 when the total is not known yet. */
export function percentOf(done: number, total: number): number {
  if (!Number.isFinite(done) || !Number.isFinite(total) || total <= 0) return 0;
  return Math.max(0, Math.min(100, Math.floor((done / total) * 100)));
}

/** The progress step to announce (0, 25, 50, 75, 100): a screen reader hears a few updates, not one per second. */
export function progressStep(percent: number): number {
  if (percent >= 100) return 100;
  return Math.floor(Math.max(0, percent) / 25) * 25;
}

const UNITS = ['bytes', 'kB', 'MB', 'GB'] as const;

/** A file size for people: "812 bytes", "1,5 MB" (powers of 1000, like most file managers). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  if (unit === 0) return `${formatNumber(value)} bytes`;
  const rounded = value >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${formatNumber(rounded)} ${UNITS[unit]}`;
}
