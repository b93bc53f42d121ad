// The outcome of one calculation: the monthly amount, A, B and the percentage, which housemates count and why,
// how the amount is built up, every step with its article, and the norm table that was used.
import type { BijstandsnormResultaat, Bron, MedebewonerBeoordeling, NormDeel } from '../../api/rules.ts';
import {
  DataList,
  DataTable,
  ExternalLink,
  Paragraph,
  Section,
  UnorderedList,
  UnorderedListItem,
} from '../../components/index.ts';
import { formatCalendarDate, formatEuro } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import { Explanation } from './Explanation.tsx';
import { categorieLabel, formatExactCents, leefvormLabel, personLabel } from './labels.ts';

const r = t.rules.result;

export function NormAmount({ result }: { result: BijstandsnormResultaat }) {
  return (
    <div className="regie-rules-amount">
      <Paragraph className="regie-rules-amount__label">{r.amountLabel}</Paragraph>
      <Paragraph className="regie-rules-amount__value">
        <data value={String(result.totaalCent)} className="regie-rules-amount__number">
          {formatEuro(result.totaalCent)}
        </data>{' '}
        <span className="regie-rules-amount__unit">{r.perMonth}</span>
      </Paragraph>
      <Paragraph>
        {r.amountNote(formatCalendarDate(result.peildatum))}{' '}
        {result.kostendelersnormToegepast ? r.applied : r.notApplied}
      </Paragraph>
    </div>
  );
}

function keyFigures(result: BijstandsnormResultaat) {
  return [
    { key: 'peildatum', label: r.peildatum, value: formatCalendarDate(result.peildatum) },
    { key: 'categorie', label: r.categorie, value: categorieLabel(result.categorie) },
    { key: 'leefvorm', label: r.leefvorm, value: leefvormLabel(result.leefvorm) },
    {
      key: 'a',
      label: r.kostendelers,
      value: r.kostendelersValue(result.kostendelers, result.kostendelendeMedebewoners),
    },
    {
      key: 'b',
      label: r.normB,
      value: result.normB
        ? r.normBValue(formatEuro(result.normB.cent), result.normB.artikel)
        : r.notApplicable,
    },
    { key: 'percentage', label: r.percentage, value: result.percentageTekst ?? r.notApplicable },
    { key: 'leeftijd', label: r.kostendelerLeeftijd, value: r.years(result.kostendelerLeeftijd) },
    { key: 'exact', label: r.exact, value: formatExactCents(result.exactCent) },
  ];
}

function SourceList({ sources }: { sources: Bron[] }) {
  return (
    <UnorderedList className="regie-rules-sources">
      {sources.map((source) => (
        <UnorderedListItem key={`${source.titel}:${source.url}`}>
          {/^https?:\/\//.test(source.url) ? (
            <ExternalLink href={source.url}>{source.titel}</ExternalLink>
          ) : (
            source.titel
          )}
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

export function NormResult({ result }: { result: BijstandsnormResultaat }) {
  return (
    <>
      <NormAmount result={result} />
      <DataList entries={keyFigures(result)} />

      <Section title={r.housematesTitle} level={3}>
        <Paragraph>{r.housematesIntro}</Paragraph>
        {result.medebewoners.length === 0 ? (
          <Paragraph>{r.housematesNone}</Paragraph>
        ) : (
          <div className="regie-rules-housemates-table">
            <DataTable<MedebewonerBeoordeling>
              caption={r.housematesCaption}
              captionHidden
              rows={result.medebewoners}
              rowKey={(m) => String(m.nummer)}
              columns={[
                {
                  key: 'wie',
                  header: r.housemate,
                  rowHeader: true,
                  render: (m) => `${m.nummer}. ${m.naam}`,
                },
                { key: 'leeftijd', header: r.age, numeric: true, render: (m) => r.years(m.leeftijd) },
                { key: 'telt', header: r.counts, render: (m) => (m.telt ? r.yes : r.no) },
                { key: 'reden', header: r.why, render: (m) => m.reden },
                { key: 'artikel', header: r.article, render: (m) => m.artikel },
              ]}
            />
          </div>
        )}
      </Section>

      <Section title={r.partsTitle} level={3}>
        <DataTable<NormDeel>
          caption={r.partsCaption}
          captionHidden
          rows={result.delen}
          rowKey={(d) => `${d.persoon}:${d.artikel}`}
          columns={[
            { key: 'persoon', header: r.partPerson, rowHeader: true, render: (d) => personLabel(d.persoon) },
            { key: 'omschrijving', header: r.partDescription, render: (d) => d.omschrijving },
            { key: 'artikel', header: r.partArticle, render: (d) => d.artikel },
            {
              key: 'bedrag',
              header: r.partAmount,
              numeric: true,
              render: (d) => formatExactCents(d.exactCent),
            },
          ]}
        />
      </Section>

      <Section title={r.stepsTitle} level={3}>
        <Paragraph>{r.stepsIntro}</Paragraph>
        <Explanation steps={result.uitleg} />
      </Section>

      <Section title={r.tableTitle} level={3}>
        <DataList
          entries={[
            { key: 'tabel', label: r.table, value: result.tabel.id },
            {
              key: 'geldig',
              label: r.validity,
              value: r.validityValue(
                formatCalendarDate(result.tabel.geldigVanaf),
                formatCalendarDate(result.tabel.geldigTotEnMet),
              ),
            },
            { key: 'bronnen', label: r.sources, value: <SourceList sources={result.tabel.bronnen} /> },
            {
              key: 'aow',
              label: r.aowTable,
              value: (
                <>
                  {result.aowLeeftijdTabel.id}
                  <SourceList sources={result.aowLeeftijdTabel.bronnen} />
                </>
              ),
            },
          ]}
        />
      </Section>
    </>
  );
}
