// The dossier sections with more than one table: cases (phases and regisseurs per case), plan versions (goals per
// version) and the processing per data category (purposes, legal bases, recipients, retention).
import {
  DataList,
  EmptyState,
  Heading,
  Paragraph,
  Section,
  UnorderedList,
  UnorderedListItem,
} from '../../../components/index.ts';
import { formatCalendarDate as date, formatMoment as moment } from '../../../i18n/format.ts';
import type { Dossier } from './api.ts';
import { SectionTable } from './DossierView.tsx';
import { inzageTexts as m } from './texts.ts';

const f = m.fields;
const v = m.values;

export function CasesSection({ dossier: d }: { dossier: Dossier }) {
  return (
    <Section title={m.sections.cases} level={3}>
      {d.cases.length === 0 && <EmptyState>{m.nothing}</EmptyState>}
      {d.cases.map((c, i) => (
        <div key={c.id} className="regie-inzage__part">
          <Heading level={4}>{v.caseTitle(i + 1, date(c.openedOn))}</Heading>
          <DataList
            entries={[
              {
                key: 'phase',
                label: f.phase,
                value: c.closedOn ? `${c.phaseLabel} (${date(c.closedOn)})` : c.phaseLabel,
              },
              { key: 'team', label: f.team, value: `${c.team} (${c.organisation})` },
              {
                key: 'regisseur',
                label: f.regisseur,
                value:
                  c.regisseurs
                    .map((r) => `${r.name}, ${r.organisation} (${v.regisseurStatus[r.status] ?? r.status})`)
                    .join('; ') || '–',
              },
            ]}
          />
          <SectionTable
            caption={`${v.caseTitle(i + 1, date(c.openedOn))}: ${f.phase}`}
            rows={c.phases}
            rowKey={(p, n) => `${p.at}-${n}`}
            columns={[
              { key: 'at', header: f.moment, render: (p) => moment(p.at), rowHeader: true },
              { key: 'phase', header: f.phase, render: (p) => p.toLabel },
              { key: 'reason', header: f.reason, render: (p) => p.reason },
            ]}
          />
        </div>
      ))}
    </Section>
  );
}

export function PlansSection({ dossier: d }: { dossier: Dossier }) {
  const caseNumber = new Map(d.cases.map((c, i) => [c.id, i + 1]));
  return (
    <Section title={m.sections.plans} level={3}>
      <Paragraph>{m.sections.plansIntro}</Paragraph>
      {d.plans.length === 0 && <EmptyState>{m.nothing}</EmptyState>}
      {d.plans.map((plan) => {
        const title = v.planTitle(caseNumber.get(plan.caseId) ?? null, plan.version);
        return (
          <div key={`${plan.caseId}-${plan.version}`} className="regie-inzage__part">
            <Heading level={4}>{title}</Heading>
            <Paragraph>
              {moment(plan.savedAt)}
              {plan.agreements.length > 0 &&
                `. ${f.agreement}: ${plan.agreements.map((a) => `${date(a.agreedOn)} (${a.how})`).join(', ')}`}
            </Paragraph>
            <SectionTable
              caption={title}
              rows={plan.goals}
              rowKey={(g, n) => `${n}-${g.text}`}
              columns={[
                { key: 'goal', header: f.goal, render: (g) => g.text, rowHeader: true },
                { key: 'domain', header: f.domain, render: (g) => g.domainLabel },
                { key: 'for', header: f.forWhom, render: (g) => (g.forYou ? v.you : v.household) },
                {
                  key: 'actions',
                  header: f.actions,
                  render: (g) =>
                    g.actions.length === 0 ? (
                      '–'
                    ) : (
                      <UnorderedList>
                        {g.actions.map((a, n) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: a saved plan version never changes, and two actions may read the same
                          <UnorderedListItem key={`${n}-${a.description}`}>
                            {a.owner}: {a.description}
                            {a.dueOn ? ` (${date(a.dueOn)})` : ''}
                          </UnorderedListItem>
                        ))}
                      </UnorderedList>
                    ),
                },
              ]}
            />
          </div>
        );
      })}
    </Section>
  );
}

export function ProcessingSection({ dossier: d }: { dossier: Dossier }) {
  return (
    <Section title={m.sections.processing} level={3}>
      <Paragraph>{m.sections.processingIntro}</Paragraph>
      {d.processing.map((c) => (
        <div key={c.category} className="regie-inzage__part">
          <Heading level={4}>{c.label}</Heading>
          <Paragraph>{c.description}</Paragraph>
          <UnorderedList>
            {c.purposes.map((p) => (
              <UnorderedListItem key={p.code}>
                <strong>{p.name}</strong>. {f.legalBases}: {p.legalBases.join('; ')}. {f.recipients}:{' '}
                {p.recipients.join('; ')}.
              </UnorderedListItem>
            ))}
          </UnorderedList>
          <Paragraph>
            {f.retention}:{' '}
            {[...c.retention.map((r) => `${r.label}: ${v.months(r.months, r.from)}`), c.retentionNote]
              .filter(Boolean)
              .join('. ')}
          </Paragraph>
        </div>
      ))}
    </Section>
  );
}
