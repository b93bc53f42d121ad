// The compiled dossier on screen: one section per kind of data, a table per section (stacked on a phone), and
// "Regie heeft hierover niets vastgelegd" where nothing is recorded. Downloads as PDF (from the server) and JSON.
import { type ReactNode, useEffect, useRef, useState } from 'react';
import {
  Button,
  ButtonGroup,
  type Column,
  DataList,
  DataTable,
  EmptyState,
  ErrorMessage,
  Heading,
  Paragraph,
  Section,
} from '../../../components/index.ts';
import { formatCalendarDate as date, formatMoment as moment } from '../../../i18n/format.ts';
import { type Dossier, fetchInzagePdf, jsonFileName, pdfFileName, saveFile } from './api.ts';
import { CasesSection, PlansSection, ProcessingSection } from './DossierParts.tsx';
import { inzageTexts as m } from './texts.ts';

const f = m.fields;
const v = m.values;

export function period(from: string, to: string | null): string {
  return to ? v.fromTo(date(from), date(to)) : v.since(date(from));
}

/** A table of one section, or the empty state; rows are stacked on narrow screens. */
export function SectionTable<T>({
  caption,
  rows,
  columns,
  rowKey,
}: {
  caption: string;
  rows: T[];
  // Rows alone decide T, so the columns' render functions get the row type from them.
  columns: NoInfer<Column<T>>[];
  rowKey: (row: NoInfer<T>, index: number) => string;
}) {
  if (rows.length === 0) return <EmptyState>{m.nothing}</EmptyState>;
  const keyed = rows.map((row, index) => ({ row, key: rowKey(row, index) }));
  return (
    <DataTable
      caption={caption}
      captionHidden
      stacked
      rows={keyed}
      rowKey={(r) => r.key}
      columns={columns.map((c) => ({ ...c, render: (r: { row: T }) => c.render(r.row) }))}
    />
  );
}

/** One row of a dossier section, e.g. Row<'signals'> is one signal: the types come from the server's schema. */
type Row<K extends keyof Dossier> = Dossier[K] extends readonly (infer R)[] ? R : never;
/** A ZRM score with the day of its assessment: the ZRM section lists the scores of every assessment in one table. */
type ZrmScoreRow = Row<'zrm'>['scores'][number] & { assessedOn: string };

/**
 * Column builder for one row type. The row type is fixed first, so every render function is checked against it
 * (inferring it from the rows alone leaves the renderers' parameters `unknown`).
 */
function columnsOf<T>() {
  return (key: string, header: string, render: (row: T) => ReactNode, rowHeader = false): Column<T> => ({
    key,
    header,
    render,
    rowHeader,
  });
}

const householdCol = columnsOf<Row<'households'>>();
const signalCol = columnsOf<Row<'signals'>>();
const signalCaseCol = columnsOf<Row<'signalCases'>>();
const zrmCol = columnsOf<ZrmScoreRow>();
const provisionCol = columnsOf<Row<'provisions'>>();
const deadlineCol = columnsOf<Row<'deadlines'>>();
const consentCol = columnsOf<Row<'consents'>>();
const grantCol = columnsOf<Row<'accessGrants'>>();
const logCol = columnsOf<Row<'accessLog'>>();

export function DossierView({ dossier: d, bsn }: { dossier: Dossier; bsn: string }) {
  const p = d.person;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The FG asked for this overview: take them (and their screen reader) to it as soon as it is there.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <article className="regie-inzage__dossier" aria-labelledby="inzage-result-title">
      <Heading level={2} id="inzage-result-title" ref={headingRef} tabIndex={-1}>
        {m.result(p.name)}
      </Heading>
      <Paragraph>{m.compiledOn(moment(d.compiledAt))}</Paragraph>
      <Downloads dossier={d} bsn={bsn} />

      <Section title={m.sections.person} level={3}>
        <DataList
          entries={[
            { key: 'name', label: f.name, value: p.name },
            { key: 'bsn', label: f.bsn, value: p.bsn },
            { key: 'birth', label: f.birthDate, value: date(p.geboortedatum) || '–' },
            { key: 'gender', label: f.gender, value: (p.geslacht && v.genders[p.geslacht]) || '–' },
            ...(p.overlijdensdatum
              ? [{ key: 'death', label: f.deathDate, value: date(p.overlijdensdatum) }]
              : []),
            {
              key: 'municipality',
              label: f.municipality,
              value: d.municipalities.map((x) => x.name).join(', '),
            },
          ]}
        />
      </Section>

      <Section title={m.sections.households} level={3}>
        <Paragraph>{m.sections.householdsIntro}</Paragraph>
        <SectionTable
          caption={m.sections.households}
          rows={d.households}
          rowKey={(h, i) => `${h.householdId}-${i}`}
          columns={[
            householdCol('address', f.address, (h) => h.address, true),
            householdCol('relation', f.relation, (h) => h.relationLabel),
            householdCol('period', f.period, (h) => period(h.from, h.to)),
            householdCol('co', f.coResidents, (h) => String(h.coResidents)),
          ]}
        />
      </Section>

      <Section title={m.sections.signals} level={3}>
        <SectionTable
          caption={m.sections.signals}
          rows={d.signals}
          rowKey={(s) => s.id}
          columns={[
            signalCol('date', f.date, (s) => date(s.signalDate), true),
            signalCol('kind', f.kind, (s) => s.kindLabel),
            signalCol(
              'from',
              f.from,
              (s) => [s.partnerOrganisation, s.partnerType].filter(Boolean).join(', ') || '–',
            ),
            signalCol('about', f.about, (s) => (s.about === 'persoon' ? v.you : v.household)),
            signalCol('status', f.status, (s) => s.status),
            signalCol('keep', f.keepUntil, (s) => date(s.retentionUntil) || '–'),
          ]}
        />
      </Section>

      <Section title={m.sections.signalCases} level={3}>
        <SectionTable
          caption={m.sections.signalCases}
          rows={d.signalCases}
          rowKey={(c) => c.id}
          columns={[
            signalCaseCol('kind', f.kind, (c) => c.kindLabel, true),
            signalCaseCol('opened', f.opened, (c) => date(c.openedOn)),
            signalCaseCol('picked', f.pickedUp, (c) => date(c.pickedUpOn) || v.notYet),
            signalCaseCol('closed', f.closed, (c) => date(c.closedOn) || v.notYet),
            signalCaseCol('result', f.result, (c) => c.result ?? '–'),
          ]}
        />
      </Section>

      <CasesSection dossier={d} />
      <PlansSection dossier={d} />

      <Section title={m.sections.zrm} level={3}>
        <SectionTable
          caption={m.sections.zrm}
          rows={d.zrm.flatMap((z) => z.scores.map((s): ZrmScoreRow => ({ ...s, assessedOn: z.assessedOn })))}
          rowKey={(s, i) => `${s.assessedOn}-${s.domain}-${i}`}
          columns={[
            zrmCol('date', f.date, (s) => date(s.assessedOn), true),
            zrmCol('domain', f.domain, (s) => s.label),
            zrmCol('score', f.score, (s) => `${s.score} (${s.scoreLabel})`),
          ]}
        />
      </Section>

      <Section title={m.sections.provisions} level={3}>
        <SectionTable
          caption={m.sections.provisions}
          rows={d.provisions}
          rowKey={(x) => x.id}
          columns={[
            provisionCol('product', f.provision, (x) => x.product, true),
            provisionCol('law', f.law, (x) =>
              x.law === 'overig' ? (x.reference ?? x.lawLabel) : x.lawLabel,
            ),
            provisionCol('for', f.forWhom, (x) => (x.forYou ? v.you : v.household)),
            provisionCol('status', f.status, (x) => x.status),
            provisionCol('period', f.period, (x) => period(x.startDate, x.endDate)),
            provisionCol('decision', f.decision, (x) =>
              x.decision
                ? [date(x.decision.decidedOn), x.decision.decidedBy, x.decision.legalBasis]
                    .filter(Boolean)
                    .join(', ')
                : '–',
            ),
          ]}
        />
      </Section>

      <Section title={m.sections.deadlines} level={3}>
        <SectionTable
          caption={m.sections.deadlines}
          rows={d.deadlines}
          rowKey={(t, i) => `${t.caseId}-${t.kind}-${i}`}
          columns={[
            deadlineCol('term', f.term, (t) => t.label, true),
            deadlineCol('started', f.started, (t) => date(t.startedOn)),
            deadlineCol('due', f.due, (t) => date(t.dueOn)),
            deadlineCol('met', f.met, (t) => date(t.metOn) || v.notYet),
            deadlineCol('rule', f.rule, (t) => t.rule ?? '–'),
          ]}
        />
      </Section>

      <Section title={m.sections.consents} level={3}>
        <SectionTable
          caption={m.sections.consents}
          rows={d.consents}
          rowKey={(k) => k.id}
          columns={[
            consentCol('purpose', f.purpose, (k) => k.purposeName, true),
            consentCol('recipient', f.recipient, (k) => k.recipient),
            consentCol('given', f.given, (k) => `${date(k.givenOn)} (${k.givenHow})`),
            consentCol('withdrawn', f.withdrawn, (k) =>
              k.withdrawnOn ? `${date(k.withdrawnOn)} (${k.withdrawnHow ?? ''})` : v.stillValid,
            ),
          ]}
        />
      </Section>

      <Section title={m.sections.grants} level={3}>
        <SectionTable
          caption={m.sections.grants}
          rows={d.accessGrants}
          rowKey={(g, i) => `${g.grantedAt}-${i}`}
          columns={[
            grantCol('who', f.who, (g) => g.who.name, true),
            grantCol('organisation', f.organisation, (g) => g.who.organisation ?? '–'),
            grantCol('from', f.from, (g) => moment(g.grantedAt)),
            grantCol('until', f.until, (g) => moment(g.endedAt ?? g.expiresAt)),
            grantCol('reason', f.reason, (g) => g.reason),
            grantCol('review', f.review, (g) => v.reviews[g.reviewStatus] ?? g.reviewStatus),
          ]}
        />
      </Section>

      <Section title={m.sections.accessLog} level={3}>
        <Paragraph>{m.sections.accessLogIntro}</Paragraph>
        <SectionTable
          caption={m.sections.accessLog}
          rows={d.accessLog}
          rowKey={(e, i) => `${e.at}-${i}`}
          columns={[
            logCol('at', f.moment, (e) => moment(e.at), true),
            logCol('who', f.who, (e) => e.who?.name ?? v.unknownActor),
            logCol('organisation', f.organisation, (e) => e.who?.organisation ?? '–'),
            logCol('what', f.what, (e) => e.description),
          ]}
        />
      </Section>

      <ProcessingSection dossier={d} />
    </article>
  );
}

/** PDF from the server (compiled and audited again), JSON from the dossier on screen. */
function Downloads({ dossier, bsn }: { dossier: Dossier; bsn: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const downloadPdf = async () => {
    setBusy(true);
    setError(null);
    try {
      saveFile(await fetchInzagePdf(bsn), pdfFileName(dossier));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const downloadJson = () =>
    saveFile(
      new Blob([JSON.stringify(dossier, null, 2)], { type: 'application/json' }),
      jsonFileName(dossier),
    );
  return (
    <>
      <ButtonGroup>
        <Button variant="primary" onClick={() => void downloadPdf()} busy={busy} disabled={busy}>
          {busy ? m.downloading : m.downloadPdf}
        </Button>
        <Button variant="secondary" onClick={downloadJson}>
          {m.downloadJson}
        </Button>
      </ButtonGroup>
      {error !== null && <ErrorMessage error={error} />}
    </>
  );
}
