// Now versus after the change, side by side: amounts per month and per year, A, the percentage, and both
// explanations.
import type { BijstandsnormResultaat, WatAlsResultaat } from '../../api/rules.ts';
import { DataTable, Heading, Paragraph } from '../../components/index.ts';
import { formatEuro, formatEuroChange, formatNumber } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import { Explanation } from './Explanation.tsx';

const w = t.rules.whatIf;

interface CompareRow {
  key: string;
  label: string;
  now: string;
  after: string;
  difference: string;
}

function numberChange(now: number, after: number): string {
  const d = after - now;
  return d === 0 ? w.noChange : d > 0 ? `+${formatNumber(d)}` : formatNumber(d);
}

function compareRows(result: WatAlsResultaat): CompareRow[] {
  const { nu, straks } = result;
  const percentage = (x: BijstandsnormResultaat) => x.percentageTekst ?? w.notApplicable;
  const yesNo = (x: BijstandsnormResultaat) => (x.kostendelersnormToegepast ? t.rules.yes : t.rules.no);
  return [
    {
      key: 'maand',
      label: w.perMonth,
      now: formatEuro(nu.totaalCent),
      after: formatEuro(straks.totaalCent),
      difference: formatEuroChange(result.verschilPerMaandCent),
    },
    {
      key: 'jaar',
      label: w.perYear,
      now: formatEuro(nu.totaalCent * 12),
      after: formatEuro(straks.totaalCent * 12),
      difference: formatEuroChange(result.verschilPerJaarCent),
    },
    {
      key: 'a',
      label: w.kostendelers,
      now: String(nu.kostendelers),
      after: String(straks.kostendelers),
      difference: numberChange(nu.kostendelers, straks.kostendelers),
    },
    {
      key: 'percentage',
      label: w.percentage,
      now: percentage(nu),
      after: percentage(straks),
      difference: percentage(nu) === percentage(straks) ? w.noChange : w.changed,
    },
    {
      key: 'toegepast',
      label: w.applied,
      now: yesNo(nu),
      after: yesNo(straks),
      difference: yesNo(nu) === yesNo(straks) ? w.noChange : w.changed,
    },
    {
      key: 'medebewoners',
      label: w.kostendelendeMedebewoners,
      now: String(nu.kostendelendeMedebewoners),
      after: String(straks.kostendelendeMedebewoners),
      difference: numberChange(nu.kostendelendeMedebewoners, straks.kostendelendeMedebewoners),
    },
  ];
}

export function differenceSentence(result: WatAlsResultaat): string {
  const month = result.verschilPerMaandCent;
  if (month === 0) return w.same;
  const amounts = [formatEuro(Math.abs(month)), formatEuro(Math.abs(result.verschilPerJaarCent))] as const;
  return month < 0 ? w.down(...amounts) : w.up(...amounts);
}

export function WhatIfResult({ result, change }: { result: WatAlsResultaat; change: string }) {
  return (
    <>
      <Paragraph>{change}</Paragraph>
      <Paragraph className="regie-rules-difference">{differenceSentence(result)}</Paragraph>
      <DataTable<CompareRow>
        caption={w.caption}
        rows={compareRows(result)}
        rowKey={(row) => row.key}
        columns={[
          { key: 'label', header: w.item, rowHeader: true, render: (row) => row.label },
          { key: 'now', header: w.now, numeric: true, render: (row) => row.now },
          { key: 'after', header: w.after, numeric: true, render: (row) => row.after },
          { key: 'difference', header: w.difference, numeric: true, render: (row) => row.difference },
        ]}
      />
      <div className="regie-rules-compare">
        <div className="regie-stack">
          <Heading level={4}>{w.stepsNow}</Heading>
          <Explanation steps={result.nu.uitleg} />
        </div>
        <div className="regie-stack">
          <Heading level={4}>{w.stepsAfter}</Heading>
          <Explanation steps={result.straks.uitleg} />
        </div>
      </div>
    </>
  );
}
