// The provisions tab of a case: the provisions per law with their decision and the goals they serve, a form to add
// one, and a form to change one. The goals to choose from are those of the latest saved plan version.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { type PlanView, type Provision, planQuery, provisionsQuery } from '../../../api/plans.ts';
import {
  Alert,
  Button,
  DataTable,
  EmptyState,
  Heading,
  Paragraph,
  QueryState,
  Section,
} from '../../../components/index.ts';
import { formatCalendarDate } from '../../../i18n/format.ts';
import { todayInAmsterdam } from '../../rules/householdForm.ts';
import { lawShortLabel } from '../labels.ts';
import { ProvisionForm } from './ProvisionForm.tsx';
import { labelOf, provisionTexts as m, provisionStatusLabels } from './texts.ts';
import './plan.css';

function ProvisionTable({
  provisions,
  plan,
  onEdit,
}: {
  provisions: Provision[];
  plan: PlanView;
  onEdit: (provision: Provision) => void;
}) {
  const names = new Map(plan.members.map((member) => [member.personId, member.name]));
  const goals = new Map(plan.content.goals.map((goal) => [goal.id, goal.text]));
  return (
    <>
      <Heading level={3}>{m.caption}</Heading>
      <DataTable
        caption={m.caption}
        // A stacked table's caption would be squeezed on a phone: the heading above says the same.
        captionHidden
        stacked
        rows={provisions}
        rowKey={(row) => row.id}
        columns={[
          { key: 'product', header: m.columns.product, rowHeader: true, render: (row) => row.product },
          {
            key: 'law',
            header: m.columns.law,
            render: (row) => (row.law === 'overig' && row.reference ? row.reference : lawShortLabel(row.law)),
          },
          {
            key: 'person',
            header: m.columns.person,
            render: (row) => (row.personId ? (names.get(row.personId) ?? '-') : m.household),
          },
          {
            key: 'period',
            header: m.columns.period,
            render: (row) =>
              m.from(formatCalendarDate(row.startDate), row.endDate ? formatCalendarDate(row.endDate) : null),
          },
          { key: 'extent', header: m.columns.extent, render: (row) => row.extent ?? '-' },
          {
            key: 'status',
            header: m.columns.status,
            render: (row) => labelOf(provisionStatusLabels, row.status),
          },
          {
            key: 'decision',
            header: m.columns.decision,
            render: (row) =>
              m.decision(row.decidedOn ? formatCalendarDate(row.decidedOn) : null, row.legalBasis),
          },
          {
            key: 'goals',
            header: m.columns.goals,
            render: (row) =>
              row.goalIds
                .map((id) => goals.get(id))
                .filter(Boolean)
                .join('; ') || '-',
          },
          {
            key: 'actions',
            header: m.columns.actions,
            render: (row) => (
              <Button variant="subtle" onClick={() => onEdit(row)}>
                {m.edit(row.product)}
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}

function ProvisionsContent({
  caseId,
  provisions,
  plan,
}: {
  caseId: string;
  provisions: Provision[];
  plan: PlanView;
}) {
  const [editing, setEditing] = useState<Provision | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const today = todayInAmsterdam();

  // Opening the change form puts the keyboard in its first field.
  useEffect(() => {
    if (editing) document.getElementById('voorziening-wijzigen-law')?.focus();
  }, [editing]);

  return (
    <div className="regie-stack">
      <Paragraph>{m.intro}</Paragraph>
      {message && (
        <Alert type="ok" live="status">
          {message}
        </Alert>
      )}
      {provisions.length === 0 ? (
        <EmptyState>{m.none}</EmptyState>
      ) : (
        <ProvisionTable
          provisions={provisions}
          plan={plan}
          onEdit={(provision) => {
            setMessage(null);
            setEditing(provision);
          }}
        />
      )}
      {editing && (
        <div>
          <Section title={m.editTitle(editing.product)} level={3}>
            <ProvisionForm
              key={editing.id}
              caseId={caseId}
              provision={editing}
              goals={plan.content.goals}
              members={plan.members}
              today={today}
              onDone={(text) => {
                setEditing(null);
                setMessage(text);
              }}
              onCancel={() => setEditing(null)}
              idPrefix="voorziening-wijzigen"
            />
          </Section>
        </div>
      )}
      <Section title={m.addTitle} level={3}>
        <ProvisionForm
          caseId={caseId}
          goals={plan.content.goals}
          members={plan.members}
          today={today}
          onDone={setMessage}
          idPrefix="voorziening"
        />
      </Section>
    </div>
  );
}

export function ProvisionsTab({ caseId }: { caseId: string }) {
  const provisions = useQuery(provisionsQuery(caseId));
  const plan = useQuery(planQuery(caseId));
  return (
    <QueryState query={provisions} loadingLabel={m.loading}>
      {(items) => (
        <QueryState query={plan} loadingLabel={m.loading}>
          {(view) => <ProvisionsContent caseId={caseId} provisions={items} plan={view} />}
        </QueryState>
      )}
    </QueryState>
  );
}
