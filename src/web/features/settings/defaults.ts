// The standard values of a municipality's settings, as the server ships them (src/server/features/signals/settings.ts
// DEFAULT_SIGNAL_SETTINGS and src/server/features/deadlines/case-settings.ts DEFAULT_CASE_SETTINGS). The web bundle
// cannot import those server files (zod, drizzle), so they are repeated here; defaults.test.ts fails when they drift.
import type { CaseSettings, SignalSettings } from '../../api/settings.ts';

/** The category every DDAS or CSV vroegsignaal gets: it cannot be removed and stays a vroegsignaal. */
export const ARREARS_CATEGORY = 'betalingsachterstand';

export const DEFAULT_SIGNAL_SETTINGS: SignalSettings = {
  categories: [
    { code: ARREARS_CATEGORY, label: 'Betalingsachterstand', kind: 'vroegsignaal', crisis: false },
    { code: 'huurachterstand', label: 'Huurachterstand', kind: 'vroegsignaal', crisis: false },
    {
      code: 'dreigende-huisuitzetting',
      label: 'Dreigende huisuitzetting',
      kind: 'vroegsignaal',
      crisis: true,
    },
    {
      code: 'einde-levering-energie',
      label: 'Energie of water wordt afgesloten',
      kind: 'vroegsignaal',
      crisis: true,
    },
    { code: 'vervuiling-woning', label: 'Vervuiling van de woning', kind: 'zorgsignaal', crisis: false },
    { code: 'zorgen-om-kinderen', label: 'Zorgen om kinderen', kind: 'zorgsignaal', crisis: false },
    { code: 'verward-gedrag', label: 'Verward gedrag', kind: 'zorgsignaal', crisis: false },
    { code: 'eenzaamheid', label: 'Eenzaamheid', kind: 'zorgsignaal', crisis: false },
    { code: 'overlast', label: 'Overlast', kind: 'zorgsignaal', crisis: false },
  ],
  bundlingWindowDays: 90,
  noMatch: 'geen_inwoner',
  autoMatchScore: 0.8,
  reviewMinScore: 0.4,
  thresholds: {},
  offerTermWorkingDays: 10,
  crisisTermWorkingDays: 3,
  retentionMonths: { unmatched: 6, notPickedUp: 6, pickedUp: 12, closedCase: 18 },
};

/** The law's terms (reference/sociaal-domein.md §2): a municipality may shorten them, never lengthen them. */
export const LAW_CASE_SETTINGS: CaseSettings = {
  terms: {
    wgs_eerste_gesprek: { amount: 4, unit: 'weken', rule: 'Wgs art. 4 lid 1' },
    wgs_eerste_gesprek_dreigend: { amount: 3, unit: 'werkdagen', rule: 'Wgs art. 4 lid 2' },
    wgs_besluit: { amount: 8, unit: 'weken', rule: 'Wgs art. 4a' },
    wmo_onderzoek: { amount: 6, unit: 'weken', rule: 'Wmo 2015 art. 2.3.2 lid 1' },
    wmo_beschikking: { amount: 2, unit: 'weken', rule: 'Wmo 2015 art. 2.3.5 lid 1' },
    awb_beslistermijn: { amount: 8, unit: 'weken', rule: 'Awb art. 4:13 lid 2' },
  },
  board: { riskMarginWorkingDays: 5, evaluationIntervalMonths: 6, transitionWindowMonths: 12 },
};

/**
 * The crisis term of a signal (threatening situation → first conversation) is at most 3 working days by law
 * (Wgs art. 4 lid 2). The signal settings schema accepts up to 10, so the browser holds the line.
 */
export const LAW_CRISIS_TERM_WORKING_DAYS = 3;
