import type { RawRow } from './indicators.suppression.ts';
import type { QueryInput } from './queries/common.ts';
import { helpAcceptedRows } from './queries/help-accepted.ts';
import { caseloadRows, openCasesRows } from './queries/open-cases.ts';
import { samenhangRows } from './queries/samenhang.ts';
import { signalRateRows } from './queries/signal-rate.ts';
import { stapelingRows } from './queries/stapeling.ts';
import { transition18Rows } from './queries/transition-18.ts';
import { vroegsignaleringRows } from './queries/vroegsignalering.ts';
import { zrmImprovementRows } from './queries/zrm-improvement.ts';

/** The statement that computes each catalogue code: per period, the total row and the breakdown rows, unsuppressed. */
export const computeIndicator: Record<string, (input: QueryInput) => Promise<Map<string, RawRow[]>>> = {
  stapeling: stapelingRows,
  'zaken-zonder-regisseur': openCasesRows,
  'signalen-per-1000-inwoners': signalRateRows,
  vroegsignalering: vroegsignaleringRows,
  'caseload-regisseur': caseloadRows,
  'samenhang-huishoudtype': samenhangRows,
  'hulp-geaccepteerd': helpAcceptedRows,
  'zrm-verbetering': zrmImprovementRows,
  'overgang-18': transition18Rows,
};
