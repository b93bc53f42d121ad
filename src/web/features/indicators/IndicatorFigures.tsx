// The figures of one indicator: what it is, its definition, per measure a chart and table, and the
// suppression rules. With a breakdown the charts compare the breakdown values in the last period.
import { DataList, EmptyState, Paragraph, Section } from '../../components/index.ts';
import { formatCalendarDate, formatMoment } from '../../i18n/format.ts';
import type { ShownSeries } from './api.ts';
import { formatPeriod, hasNoData, rowsByBreakdown, rowsOverTime } from './figures.ts';
import { MeasureFigures } from './MeasureFigures.tsx';
import { indicatorTexts as tx } from './texts.ts';

export function IndicatorFigures({ series }: { series: ShownSeries }) {
  const municipality = series.municipality.name;
  const breakdown = series.breakdown ? series.breakdowns.find((b) => b.code === series.breakdown) : undefined;
  const last = series.series.at(-1);
  const before = series.series.length > 1 ? series.series.at(-2) : undefined;
  // The figures come from the aggregates the server refreshes every few minutes: say how fresh the oldest is.
  const oldest = series.series.map((s) => s.computedAt).sort()[0];
  return (
    <Section title={series.title}>
      <Paragraph>{series.explanation}</Paragraph>
      <Paragraph small>
        {tx.source}: {series.source}
      </Paragraph>
      {oldest ? <Paragraph small>{tx.countedAt(formatMoment(oldest))}</Paragraph> : null}
      {series.note ? <Paragraph>{series.note}</Paragraph> : null}
      <Definition series={series} />
      {hasNoData(series) || !last ? (
        <EmptyState>{tx.empty}</EmptyState>
      ) : (
        series.measures.map((measure) =>
          breakdown ? (
            <MeasureFigures
              key={measure.key}
              measure={measure}
              rows={rowsByBreakdown(series, measure.key)}
              chartTitle={tx.chartByBreakdown(measure.label, breakdown.label, formatPeriod(last.period))}
              chartDescription={tx.chartAltByBreakdown}
              caption={tx.captionByBreakdown(measure.label, breakdown.label, municipality)}
              labelHeader={breakdown.label}
              previousHeader={before ? formatPeriod(before.period) : undefined}
              valueHeader={formatPeriod(last.period)}
            />
          ) : (
            <MeasureFigures
              key={measure.key}
              measure={measure}
              rows={rowsOverTime(series, measure.key)}
              chartTitle={tx.chartOverTime(measure.label)}
              chartDescription={tx.chartAltOverTime}
              caption={tx.captionOverTime(measure.label, municipality)}
              labelHeader={tx.period}
              valueHeader={tx.value}
            />
          ),
        )
      )}
      <Section title={tx.suppressionTitle} level={3}>
        <Paragraph>{series.suppression}</Paragraph>
      </Section>
    </Section>
  );
}

/** The definition in force, and which version each period used (a period before a new version keeps the old). */
function Definition({ series }: { series: ShownSeries }) {
  const p = tx.definitionParts;
  const versions = [...new Set(series.series.map((s) => s.version))];
  return (
    <details className="regie-indicator-definition">
      <summary>{tx.definition(series.version)}</summary>
      <DataList
        entries={[
          { key: 'version', label: p.version, value: String(series.version) },
          { key: 'validFrom', label: p.validFrom, value: formatCalendarDate(series.validFrom) },
          { key: 'counted', label: p.counted, value: series.counted },
          ...(series.numerator ? [{ key: 'numerator', label: p.numerator, value: series.numerator }] : []),
          ...(series.denominator
            ? [{ key: 'denominator', label: p.denominator, value: series.denominator }]
            : []),
          { key: 'unit', label: p.unit, value: series.unit },
          ...(versions.length > 1 || (versions[0] !== undefined && versions[0] !== series.version)
            ? [
                {
                  key: 'periods',
                  label: p.periods,
                  value: series.series.map((s) => `${formatPeriod(s.period)}: ${s.version}`).join('; '),
                },
              ]
            : []),
        ]}
      />
    </details>
  );
}
