/**
 * The kinds of item on the signals board ("niemand tussen wal en schip"). The order is the order of the board:
 * first what is late for the resident (a signal nobody answered), then what has nobody in charge, then terms,
 * then the plan.
 */
export const boardKinds = [
  'signaal_niet_opgepakt',
  'geen_regisseur',
  'termijn_verlopen',
  'termijn_risico',
  'geen_gedeeld_plan',
  'overgang_18',
  'niet_geevalueerd',
] as const;
export type BoardKind = (typeof boardKinds)[number];

/** Per kind at most this many items are returned; the counts are always exact. */
export const MAX_ITEMS_PER_KIND = 200;
