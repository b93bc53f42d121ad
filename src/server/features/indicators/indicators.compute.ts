import type { RawRow } from './indicators.suppression.ts';
import type { QueryInput } from './queries/common.ts';
import { caseloadRows, openCasesRows } from './queries/open-cases.ts';
import { signalRateRows } from './queries/signal-rate.ts';
import { stapelingRows } from './queries/stapeling.ts';
import { vroegsignaleringRows } from './queries/vroegsignalering.ts';

/** The statement that computes each catalogue code: per period, the total row and the breakdown rows, unsuppressed. */
export const computeIndicator: Record<string, (input: QueryInput) => Promise<Map<string, RawRow[]>>> = {
  stapeling: stapelingRows,
  'zaken-zonder-regisseur': openCasesRows,
  'signalen-per-1000-inwoners': signalRateRows,
  vroegsignalering: vroegsignaleringRows,
  'caseload-regisseur': caseloadRows,
};
