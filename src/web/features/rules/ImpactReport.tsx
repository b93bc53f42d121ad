// The kostendelersnorm impact report: key figures, the distribution of the monthly reduction (chart and table),
// households per A, the policy variants with their cost or saving, and the assumptions the server states.
import { useCallback } from 'react';
import type {
  ImpactBedrag,
  ImpactCel,
  ImpactKostendelersKlasse,
  ImpactRapport,
  ImpactVariant,
  ImpactVerdelingsklasse,
} from '../../api/rules.ts';
import {
  Chart,
  DataTable,
  EmptyState,
  Heading,
  Paragraph,
  Section,
  UnorderedList,
  UnorderedListItem,
} from '../../components/index.ts';
import { formatCalendarDate, formatEuro, formatEuroChange, formatNumber } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import { drawImpactChart } from './impactChart.ts';

const m = t.rules.impact;

function count(cel: ImpactCel): string {
  return cel.suppressed || cel.aantal === null ? m.suppressedCount : formatNumber(cel.aantal);
}

function amount(value: number | null, suppressed: boolean, signed = false): string {
  if (suppressed || value === null) return m.suppressedAmount;
  return signed ? formatEuroChange(value) : formatEuro(value);
}

function perMonth(bedrag: ImpactBedrag, signed = false): string {
  return amount(bedrag.perMaandCent, bedrag.suppressed, signed);
}

function perYear(bedrag: ImpactBedrag, signed = false): string {
  return amount(bedrag.perJaarCent, bedrag.suppressed, signed);
}

function Figures({ report }: { report: ImpactRapport }) {
  const figures = [
    { key: 'bijstand', label: m.bijstand, value: count(report.huishoudensMetBijstand) },
    { key: 'getroffen', label: m.getroffen, value: count(report.getroffen) },
    { key: 'niet', label: m.nietGetroffen, value: count(report.nietGetroffen) },
    { key: 'onbekend', label: m.nietBerekend, value: count(report.nietBerekend) },
    { key: 'maand', label: m.verlagingPerMaand, value: perMonth(report.verlaging) },
    { key: 'jaar', label: m.verlagingPerJaar, value: perYear(report.verlaging) },
    {
      key: 'gemiddeld',
      label: m.gemiddeld,
      value: amount(report.gemiddeldeVerlagingPerMaandCent, report.gemiddeldeVerlagingPerMaandCent === null),
    },
  ];
  return (
    <dl className="regie-rules-figures">
      {figures.map((figure) => (
        <div key={figure.key} className="regie-rules-figure">
          <dt>{figure.label}</dt>
          <dd className="regie-rules-figure__value">{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function DistributionChart({ classes }: { classes: ImpactVerdelingsklasse[] }) {
  const render = useCallback(
    (Plot: Parameters<typeof drawImpactChart>[0], width: number) => drawImpactChart(Plot, width, classes),
    [classes],
  );
  return <Chart title={m.chartTitle} description={m.chartAlt} render={render} />;
}

interface VariantRow {
  id: string;
  omschrijving: string;
  getroffen: string;
  changed: string;
  costMonth: string;
  costYear: string;
  reduction: string;
  toelichting: string;
}

function variantRows(report: ImpactRapport): VariantRow[] {
  const current: VariantRow = {
    id: 'huidig',
    omschrijving: m.currentRule(report.kostendelerLeeftijd),
    getroffen: count(report.getroffen),
    changed: m.notApplicable,
    costMonth: m.notApplicable,
    costYear: m.notApplicable,
    reduction: perMonth(report.verlaging),
    toelichting: '',
  };
  return [
    current,
    ...report.varianten.map((v: ImpactVariant) => ({
      id: v.id,
      omschrijving: v.omschrijving,
      getroffen: count(v.getroffen),
      changed: count(v.huishoudensMetAndereNorm),
      costMonth: perMonth(v.kosten, true),
      costYear: perYear(v.kosten, true),
      reduction: perMonth(v.verlaging),
      toelichting: v.toelichting ?? '',
    })),
  ];
}

export function ImpactReport({ report }: { report: ImpactRapport }) {
  const gemeente = report.gemeenten.map((g) => g.naam).join(', ');
  const affected = report.getroffen.aantal;
  return (
    <div className="regie-stack regie-rules-impact">
      <Heading level={2}>{m.heading(gemeente, formatCalendarDate(report.peildatum))}</Heading>

      <Section title={m.figuresTitle} level={3}>
        <Figures report={report} />
        <Paragraph small>{m.suppressedNote(report.drempel)}</Paragraph>
      </Section>

      <Section title={m.distributionTitle} level={3}>
        <Paragraph>{m.distributionIntro}</Paragraph>
        {affected === 0 || report.verdeling.length === 0 ? (
          <EmptyState>{m.distributionEmpty}</EmptyState>
        ) : (
          <>
            {report.verdeling.some((c) => !c.suppressed && c.aantal !== null) ? (
              <DistributionChart classes={report.verdeling} />
            ) : (
              <Paragraph>{m.chartAllSuppressed}</Paragraph>
            )}
            <DataTable<ImpactVerdelingsklasse>
              caption={m.distributionCaption}
              rows={report.verdeling}
              rowKey={(c) => c.id}
              columns={[
                { key: 'label', header: m.reduction, rowHeader: true, render: (c) => c.label },
                { key: 'aantal', header: m.households, numeric: true, render: (c) => count(c) },
              ]}
            />
          </>
        )}
      </Section>

      {report.naarKostendelers.length > 0 && (
        <Section title={m.byATitle} level={3}>
          <DataTable<ImpactKostendelersKlasse>
            caption={m.byACaption}
            captionHidden
            rows={report.naarKostendelers}
            rowKey={(c) => String(c.kostendelers)}
            columns={[
              { key: 'a', header: m.a, rowHeader: true, render: (c) => c.label },
              { key: 'aantal', header: m.households, numeric: true, render: (c) => count(c) },
            ]}
          />
        </Section>
      )}

      <Section title={m.variantsTitle} level={3}>
        <Paragraph>{m.variantsIntro}</Paragraph>
        <DataTable<VariantRow>
          caption={m.variantsCaption}
          captionHidden
          rows={variantRows(report)}
          rowKey={(row) => row.id}
          columns={[
            { key: 'variant', header: m.variant, rowHeader: true, render: (row) => row.omschrijving },
            { key: 'getroffen', header: m.variantGetroffen, numeric: true, render: (row) => row.getroffen },
            { key: 'changed', header: m.variantChanged, numeric: true, render: (row) => row.changed },
            { key: 'month', header: m.costPerMonth, numeric: true, render: (row) => row.costMonth },
            { key: 'year', header: m.costPerYear, numeric: true, render: (row) => row.costYear },
            { key: 'reduction', header: m.variantReduction, numeric: true, render: (row) => row.reduction },
            { key: 'toelichting', header: m.explanation, render: (row) => row.toelichting },
          ]}
        />
      </Section>

      <Section title={m.assumptionsTitle} level={3}>
        <Paragraph>{m.assumptionsIntro}</Paragraph>
        <UnorderedList>
          <UnorderedListItem>
            {m.normTable(
              report.normentabel.id,
              formatCalendarDate(report.normentabel.geldigVanaf),
              formatCalendarDate(report.normentabel.geldigTotEnMet),
            )}
          </UnorderedListItem>
          <UnorderedListItem>{m.costSharerAge(report.kostendelerLeeftijd)}</UnorderedListItem>
          {report.aannames.map((text) => (
            <UnorderedListItem key={text}>{text}</UnorderedListItem>
          ))}
        </UnorderedList>
        <Heading level={4}>{m.suppressionTitle}</Heading>
        <Paragraph>{report.onderdrukking}</Paragraph>
      </Section>
    </div>
  );
}
