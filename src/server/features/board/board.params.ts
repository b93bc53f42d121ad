import { addYearsMonths, type IsoDate } from '../../lib/dates.ts';
import { addWorkingDays } from '../../lib/working-days.ts';
import type { CaseSettings } from '../deadlines/case-settings.ts';

/**
 * The dates one municipality's board compares with, computed in JS from its case settings so the SQL only has to
 * compare dates (the working-day calendar of the Algemene termijnenwet lives in lib/working-days.ts, not in SQL).
 */
export type BoardParams = {
  municipalityCode: string;
  /** A deadline due on or before this day (and not before today) is at risk. */
  riskUntil: IsoDate;
  /** A plan last evaluated (or put into practice) before this day is overdue for evaluation. */
  evaluatedBefore: IsoDate;
  evaluationIntervalMonths: number;
  /** Born after this day: not 18 yet today. */
  bornAfter: IsoDate;
  /** Born on or before this day: 18 within the transition window. */
  bornUntil: IsoDate;
};

export function boardParams(municipalityCode: string, settings: CaseSettings, today: IsoDate): BoardParams {
  const { riskMarginWorkingDays, evaluationIntervalMonths, transitionWindowMonths } = settings.board;
  return {
    municipalityCode,
    riskUntil: addWorkingDays(today, riskMarginWorkingDays),
    evaluatedBefore: addYearsMonths(today, 0, -evaluationIntervalMonths),
    evaluationIntervalMonths,
    bornAfter: addYearsMonths(today, -18),
    bornUntil: addYearsMonths(today, -18, transitionWindowMonths),
  };
}
