// "Kostendelersnorm in cijfers": for beleid and the client council, aggregated figures only (small numbers hidden).
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { myOrganisationQuery } from '../../api/me.ts';
import { ApiError } from '../../api/problem.ts';
import { normImpactQuery } from '../../api/rules.ts';
import type { Municipality } from '../../api/types.ts';
import { EmptyState, ErrorMessage, Heading, Loading, Paragraph, QueryState } from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
import { RoleGate } from '../shell/RoleGate.tsx';
import { usePageTitle } from '../shell/usePageTitle.ts';
import { todayInAmsterdam } from './householdForm.ts';
import { ImpactFilters, impactErrorsFromServer } from './ImpactFilters.tsx';
import { ImpactReport } from './ImpactReport.tsx';
import './rules.css';

const route = getRouteApi('/_app/kostendelersnorm');

export function NormImpactPage() {
  return (
    <RoleGate page="rulesImpact">
      <NormImpactContent />
    </RoleGate>
  );
}

function NormImpactContent() {
  usePageTitle(t.rules.impact.title);
  const organisation = useQuery(myOrganisationQuery);
  return (
    <>
      <Heading level={1}>{t.rules.impact.title}</Heading>
      <Paragraph lead>{t.rules.impact.intro}</Paragraph>
      <QueryState query={organisation}>
        {({ municipalities }) =>
          municipalities.length === 0 ? (
            <EmptyState>{t.rules.impact.noMunicipality}</EmptyState>
          ) : (
            <ImpactForMunicipalities municipalities={municipalities} />
          )
        }
      </QueryState>
    </>
  );
}

function ImpactForMunicipalities({ municipalities }: { municipalities: Municipality[] }) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const gemeente = (municipalities.find((g) => g.code === search.gemeente) ??
    municipalities[0]) as Municipality;
  const peildatum = search.peildatum ?? todayInAmsterdam();
  const report = useQuery(
    normImpactQuery({ municipality: gemeente.code, peildatum, kostendelerLeeftijd: search.leeftijd }),
  );
  const badInput =
    report.error instanceof ApiError && report.error.status === 400 && report.error.fieldErrors.length > 0
      ? impactErrorsFromServer(report.error.fieldErrors)
      : {};
  return (
    <>
      <ImpactFilters
        // A new selection starts the form afresh with the values in the address.
        key={`${gemeente.code}:${peildatum}:${search.leeftijd ?? ''}`}
        municipalities={municipalities}
        values={{ gemeente: gemeente.code, peildatum, leeftijd: search.leeftijd }}
        serverErrors={badInput}
        onSubmit={(values) =>
          void navigate({
            search: { gemeente: values.gemeente, peildatum: values.peildatum, leeftijd: values.leeftijd },
          })
        }
      />
      {report.isPending ? (
        <Loading />
      ) : report.isError ? (
        Object.keys(badInput).length > 0 ? null : (
          <ErrorMessage error={report.error} onRetry={() => void report.refetch()} />
        )
      ) : (
        <ImpactReport report={report.data} />
      )}
    </>
  );
}
