// The versions tab of a case: every saved version of the plan (who saved it, when), and what changed between two
// versions the user chooses, in Dutch sentences from the server's diff.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  type PlanChange,
  type PlanVersionSummary,
  planDiffQuery,
  planVersionsQuery,
} from '../../../api/plans.ts';
import {
  Button,
  ButtonGroup,
  DataTable,
  EmptyState,
  ErrorSummary,
  Form,
  Heading,
  Paragraph,
  QueryState,
  Section,
  SelectField,
} from '../../../components/index.ts';
import { formatMoment } from '../../../i18n/format.ts';
import { changeLabels, versionTexts as m } from './texts.ts';
import { describeValue } from './versions.ts';

function ChangeList({ caseId, from, to }: { caseId: string; from: number; to: number }) {
  const query = useQuery(planDiffQuery(caseId, from, to));
  return (
    <Section title={m.changesTitle(from, to)} level={3}>
      <QueryState query={query}>
        {(diff) =>
          diff.changes.length === 0 ? (
            <EmptyState>{m.noChanges}</EmptyState>
          ) : (
            <DataTable<PlanChange>
              caption={m.changesCaption}
              captionHidden
              stacked
              rows={diff.changes}
              rowKey={(row) => `${row.path}:${row.change}`}
              columns={[
                { key: 'what', header: m.columns2.what, rowHeader: true, render: (row) => row.label },
                {
                  key: 'change',
                  header: m.columns2.change,
                  render: (row) => changeLabels[row.change] ?? row.change,
                },
                {
                  key: 'before',
                  header: m.columns2.before,
                  render: (row) => describeValue(row.before, m.empty),
                },
                {
                  key: 'after',
                  header: m.columns2.after,
                  render: (row) => describeValue(row.after, m.empty),
                },
              ]}
            />
          )
        }
      </QueryState>
    </Section>
  );
}

function Compare({ caseId, versions }: { caseId: string; versions: PlanVersionSummary[] }) {
  const newest = versions[0]?.version ?? 0;
  const [from, setFrom] = useState(String(Math.max(newest - 1, 1)));
  const [to, setTo] = useState(String(newest));
  const [chosen, setChosen] = useState<{ from: number; to: number } | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const options = versions.map((v) => ({
    value: String(v.version),
    label: m.versionOption(v.version, formatMoment(v.savedAt)),
  }));

  const submit = () => {
    setAttempt((n) => n + 1);
    if (from === to) {
      setError(m.sameVersion);
      setChosen(null);
      return;
    }
    setError(undefined);
    // Always old → new, whichever way round the user picked them.
    const [a, b] = [Number(from), Number(to)].sort((x, y) => x - y) as [number, number];
    setChosen({ from: a, to: b });
  };

  return (
    <Section title={m.compareTitle} level={3}>
      <Paragraph>{m.compareIntro}</Paragraph>
      <ErrorSummary
        items={error ? [{ message: error, fieldId: 'versie-nieuw' }] : []}
        focusKey={attempt}
        headingLevel={3}
      />
      <Form onSubmit={submit} label={m.compareTitle}>
        <div className="regie-form-row">
          <SelectField id="versie-oud" label={m.from} value={from} options={options} onChange={setFrom} />
          <SelectField
            id="versie-nieuw"
            label={m.to}
            value={to}
            options={options}
            onChange={setTo}
            error={error}
          />
        </div>
        <ButtonGroup>
          <Button type="submit" variant="primary">
            {m.compare}
          </Button>
        </ButtonGroup>
      </Form>
      {chosen && <ChangeList caseId={caseId} from={chosen.from} to={chosen.to} />}
    </Section>
  );
}

export function VersionsTab({ caseId }: { caseId: string }) {
  const query = useQuery(planVersionsQuery(caseId));
  return (
    <QueryState query={query} loadingLabel={m.loading}>
      {(versions) =>
        versions.length === 0 ? (
          <EmptyState>{m.none}</EmptyState>
        ) : (
          <div className="regie-stack">
            <Heading level={3}>{m.caption}</Heading>
            <DataTable<PlanVersionSummary>
              caption={m.caption}
              // A stacked table's caption would be squeezed on a phone: the heading above says the same.
              captionHidden
              stacked
              rows={versions}
              rowKey={(row) => String(row.version)}
              columns={[
                { key: 'version', header: m.columns.version, rowHeader: true, render: (row) => row.version },
                { key: 'savedAt', header: m.columns.savedAt, render: (row) => formatMoment(row.savedAt) },
                {
                  key: 'savedBy',
                  header: m.columns.savedBy,
                  render: (row) => row.savedBy?.displayName ?? '-',
                },
              ]}
            />
            {versions.length < 2 ? (
              <Paragraph>{m.onlyOne}</Paragraph>
            ) : (
              <Compare caseId={caseId} versions={versions} />
            )}
          </div>
        )
      }
    </QueryState>
  );
}
