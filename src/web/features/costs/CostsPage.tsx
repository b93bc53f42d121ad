// "Kosten en budget" (issue 7, item 4): per law the committed, realised and forecast cost next to the budget, with a
// breakdown per wijk, team or provider. Aggregates only: the server hides every cell under 10 households, shown
// here as "< 10". Beleid also keeps the tariffs and budgets here.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import type { Municipality } from '../../api/types.ts';
import {
  Alert,
  Button,
  ButtonGroup,
  DataList,
  ErrorMessage,
  ExternalLink,
  Form,
  Heading,
  Loading,
  Paragraph,
  Section,
  SelectField,
} from '../../components/index.ts';
import { formatCalendarDate } from '../../i18n/format.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { WithMunicipalities } from '../organisation/WithMunicipalities.tsx';
import { todayInAmsterdam } from '../rules/householdForm.ts';
import { RoleGate } from '../shell/RoleGate.tsx';
import { usePageTitle } from '../shell/usePageTitle.ts';
import { type CostBreakdown, type CostOverview, costCsvUrl, costOverviewQuery } from './api.ts';
import { BreakdownTable } from './BreakdownTable.tsx';
import { BudgetForm } from './BudgetForm.tsx';
import { countText } from './figures.ts';
import { LawFigures } from './LawFigures.tsx';
import { TariffsSection } from './TariffsSection.tsx';
import { costTexts as tx } from './texts.ts';
import './costs.css';

const route = getRouteApi('/_app/cijfers/kosten');
const BREAKDOWNS: CostBreakdown[] = ['wet', 'wijk', 'team', 'aanbieder'];

export function CostsPage() {
  return (
    <RoleGate page="costs">
      <CostsContent />
    </RoleGate>
  );
}

function CostsContent() {
  usePageTitle(tx.title);
  return (
    <>
      <Heading level={1}>{tx.title}</Heading>
      <Paragraph lead>{tx.intro}</Paragraph>
      <Paragraph>{tx.declarations}</Paragraph>
      <WithMunicipalities empty={tx.noMunicipality}>
        {(municipalities) => <CostsFor municipalities={municipalities} />}
      </WithMunicipalities>
    </>
  );
}

function CostsFor({ municipalities }: { municipalities: Municipality[] }) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { user } = useSession();
  const today = todayInAmsterdam();
  const thisYear = Number(today.slice(0, 4));
  const gemeente = (municipalities.find((m) => m.code === search.gemeente) ??
    municipalities[0]) as Municipality;
  const year = search.jaar ?? thisYear;
  const breakdown = search.verdeling ?? 'wet';
  const request = { municipality: gemeente.code, year, breakdown };
  const overview = useQuery(costOverviewQuery(request));
  return (
    <>
      <CostFilters
        key={`${gemeente.code}:${year}:${breakdown}`}
        municipalities={municipalities}
        years={[thisYear + 1, thisYear, thisYear - 1, thisYear - 2]}
        values={{ gemeente: gemeente.code, jaar: String(year), verdeling: breakdown }}
        onSubmit={(v) =>
          void navigate({
            search: { gemeente: v.gemeente, jaar: Number(v.jaar), verdeling: v.verdeling as CostBreakdown },
          })
        }
      />
      {overview.isPending ? (
        <Loading label={tx.loading} />
      ) : overview.isError ? (
        <ErrorMessage error={overview.error} onRetry={() => void overview.refetch()} />
      ) : (
        <Figures overview={overview.data} />
      )}
      {user.roles.includes('beleidsmedewerker') && (
        <Section title={tx.manageTitle}>
          <BudgetForm municipality={gemeente.code} year={year} />
          <TariffsSection municipality={gemeente.code} name={gemeente.name} today={today} />
        </Section>
      )}
    </>
  );
}

type FilterValues = { gemeente: string; jaar: string; verdeling: string };

function CostFilters({
  municipalities,
  years,
  values,
  onSubmit,
}: {
  municipalities: Municipality[];
  years: number[];
  values: FilterValues;
  onSubmit: (values: FilterValues) => void;
}) {
  const [v, setV] = useState(values);
  const f = tx.filters;
  return (
    <Form onSubmit={() => onSubmit(v)} label={f.label} className="regie-costs-form">
      {municipalities.length > 1 && (
        <SelectField
          id="kosten-gemeente"
          label={f.municipality}
          value={v.gemeente}
          options={municipalities.map((m) => ({ value: m.code, label: m.name }))}
          onChange={(gemeente) => setV({ ...v, gemeente })}
        />
      )}
      <div className="regie-costs-form__row">
        <SelectField
          id="kosten-jaar"
          label={f.year}
          value={v.jaar}
          options={[...new Set([...years, Number(values.jaar)])]
            .sort((a, b) => b - a)
            .map((y) => ({ value: String(y), label: String(y) }))}
          onChange={(jaar) => setV({ ...v, jaar })}
        />
        <SelectField
          id="kosten-verdeling"
          label={f.breakdown}
          value={v.verdeling}
          options={BREAKDOWNS.map((b) => ({ value: b, label: f.breakdowns[b] }))}
          onChange={(verdeling) => setV({ ...v, verdeling })}
        />
      </div>
      <ButtonGroup>
        <Button type="submit" variant="primary">
          {f.submit}
        </Button>
      </ButtonGroup>
    </Form>
  );
}

function Figures({ overview }: { overview: CostOverview }) {
  const missing = overview.total.cells.zonderTarief;
  return (
    <>
      <Section title={tx.lawTitle}>
        {missing && (missing.suppressed || (missing.value ?? 0) > 0) && (
          <Alert type="warning">{tx.zonderTariefWarning(countText(missing))}</Alert>
        )}
        {overview.laws.map((law) => (
          <LawFigures
            key={law.law}
            law={law}
            municipality={overview.municipality.name}
            year={overview.year}
          />
        ))}
      </Section>
      <Section title={overview.breakdown === 'wet' ? tx.allLaws : tx.breakdownTitle(overview.breakdownLabel)}>
        <BreakdownTable overview={overview} />
        <Paragraph>
          <ExternalLink
            href={costCsvUrl({
              municipality: overview.municipality.code,
              year: overview.year,
              breakdown: overview.breakdown,
            })}
            download
          >
            {tx.downloadCsv}
          </ExternalLink>
        </Paragraph>
      </Section>
      <Section title={tx.explanationTitle}>
        <DataList
          entries={overview.explanation.map((e) => ({ key: e.term, label: e.term, value: e.text }))}
        />
        {overview.basis.remainingMonths > 0 && (
          <Paragraph>
            {tx.basis(
              formatCalendarDate(overview.basis.windowFrom),
              formatCalendarDate(overview.basis.windowTo),
              overview.basis.remainingMonths,
            )}
          </Paragraph>
        )}
        <Section title={tx.suppressionTitle} level={3}>
          <Paragraph>{overview.suppression}</Paragraph>
        </Section>
      </Section>
    </>
  );
}
