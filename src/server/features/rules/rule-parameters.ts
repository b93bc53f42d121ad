import { type AowAgeTable, loadAowAgeTable } from './aow-age.ts';
import { type CostSharerAgeTable, loadCostSharerAgeTable } from './cost-sharer-age.ts';
import { loadNormTables, type NormTable } from './norm-tables.ts';

/** Every dated table the calculation reads. Tests pass their own; production uses the files in ./data. */
export type RuleParameters = {
  normTables: readonly NormTable[];
  aowAges: AowAgeTable;
  costSharerAges: CostSharerAgeTable;
};

let cached: RuleParameters | undefined;

/** The parameter tables from ./data, read once per process. */
export function defaultRuleParameters(): RuleParameters {
  cached ??= {
    normTables: loadNormTables(),
    aowAges: loadAowAgeTable(),
    costSharerAges: loadCostSharerAgeTable(),
  };
  return cached;
}
