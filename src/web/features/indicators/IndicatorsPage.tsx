// "Indicatoren" (issue 7): per indicator a series per period, or a breakdown, for beleid. Aggregates only; the
// server hides every cell under 10, and this page shows it as "< 10" (and never a difference with such a cell).
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { ApiError } from '../../api/problem.ts';
import type { Municipality } from '../../api/types.ts';
import {
  EmptyState,
  ErrorMessage,
  ExternalLink,
  Heading,
  Loading,
  Paragraph,
  QueryState,
  RouterLink,
} from '../../components/index.ts';
import { WithMunicipalities } from '../organisation/WithMunicipalities.tsx';
import { oversightTexts } from '../oversight/texts.ts';
import { todayInAmsterdam } from '../rules/householdForm.ts';
import { RoleGate } from '../shell/RoleGate.tsx';
import { usePageTitle } from '../shell/usePageTitle.ts';
import {
  type IndicatorEntry,
  indicatorCatalogueQuery,
  indicatorCsvUrl,
  indicatorSeriesQuery,
  regionAsShown,
  regionCsvUrl,
  regionSeriesQuery,
  regionsQuery,
} from './api.ts';
import { currentVersion, defaultRange } from './figures.ts';
import { IndicatorFigures } from './IndicatorFigures.tsx';
import { errorsFromServer, IndicatorFilters } from './IndicatorFilters.tsx';
import { TeamDrillDown } from './TeamDrillDown.tsx';
import { indicatorTexts as tx } from './texts.ts';
import './indicators.css';

const route = getRouteApi('/_app/cijfers/indicatoren');

export function IndicatorsPage() {
  return (
    <RoleGate page="indicators">
      <IndicatorsContent />
    </RoleGate>
  );
}

function IndicatorsContent() {
  usePageTitle(tx.title);
  const catalogue = useQuery(indicatorCatalogueQuery);
  return (
    <>
      <Heading level={1}>{tx.title}</Heading>
      <Paragraph lead>{tx.intro}</Paragraph>
      <Paragraph>
        <RouterLink to="/cijfers/toezicht">{oversightTexts.linkFromIndicators}</RouterLink>
      </Paragraph>
      <WithMunicipalities empty={tx.noMunicipality}>
        {(municipalities) => (
          <QueryState query={catalogue}>
            {({ items }) =>
              items.length === 0 ? (
                <EmptyState>{tx.noIndicators}</EmptyState>
              ) : (
                <IndicatorsFor municipalities={municipalities} indicators={items} />
              )
            }
          </QueryState>
        )}
      </WithMunicipalities>
    </>
  );
}

function IndicatorsFor({
  municipalities,
  indicators,
}: {
  municipalities: Municipality[];
  indicators: IndicatorEntry[];
}) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const today = todayInAmsterdam();
  const range = defaultRange();
  const gemeente = (municipalities.find((m) => m.code === search.gemeente) ??
    municipalities[0]) as Municipality;
  const entry = (indicators.find((i) => i.code === search.indicator) ?? indicators[0]) as IndicatorEntry;
  const from = search.van ?? range.from;
  const to = search.tot ?? range.to;
  // A breakdown in the URL that this indicator does not have is ignored rather than sent.
  const breakdown = currentVersion(entry, today).breakdowns.some((b) => b.code === search.verdeling)
    ? search.verdeling
    : undefined;
  const regions = useQuery(regionsQuery);
  const region = regions.data?.items.find((r) => r.code === search.regio);
  // One of the two is asked: the region's series when a region is chosen, else the municipality's.
  const municipalitySeries = useQuery({
    ...indicatorSeriesQuery({ code: entry.code, municipality: gemeente.code, from, to, breakdown }),
    enabled: !search.regio,
  });
  const regionRequest = { code: entry.code, region: region?.code ?? '', from, to };
  const regionSeries = useQuery({ ...regionSeriesQuery(regionRequest), enabled: Boolean(region) });
  const series = region ? regionSeries : municipalitySeries;
  const shown = region ? regionSeries.data && regionAsShown(regionSeries.data) : municipalitySeries.data;
  const csvUrl = region
    ? regionCsvUrl(regionRequest)
    : indicatorCsvUrl({ code: entry.code, municipality: gemeente.code, from, to, breakdown });
  const badInput =
    series.error instanceof ApiError && series.error.status === 400 && series.error.fieldErrors.length > 0
      ? errorsFromServer(series.error.fieldErrors)
      : {};
  return (
    <>
      <IndicatorFilters
        // A new selection starts the form afresh with the values in the address.
        key={`${gemeente.code}:${region?.code ?? ''}:${entry.code}:${from}:${to}:${breakdown ?? ''}`}
        municipalities={municipalities}
        regions={regions.data?.items ?? []}
        indicators={indicators}
        today={today}
        values={{ gemeente: gemeente.code, regio: region?.code, indicator: entry.code, from, to, breakdown }}
        serverErrors={badInput}
        onSubmit={(values) =>
          void navigate({
            search: {
              gemeente: values.gemeente,
              regio: values.regio,
              indicator: values.indicator,
              van: values.from,
              tot: values.to,
              verdeling: values.breakdown,
            },
          })
        }
      />
      {search.regio && regions.isError ? (
        <ErrorMessage error={regions.error} onRetry={() => void regions.refetch()} />
      ) : search.regio && regions.isSuccess && !region ? (
        <EmptyState>{tx.unknownRegion}</EmptyState>
      ) : series.isError ? (
        Object.keys(badInput).length > 0 ? null : (
          <ErrorMessage error={series.error} onRetry={() => void series.refetch()} />
        )
      ) : !shown ? (
        <Loading label={tx.loading} />
      ) : (
        <>
          <IndicatorFigures series={shown} />
          <TeamDrillDown series={shown} />
          <Paragraph>
            <ExternalLink href={csvUrl} download>
              {tx.downloadCsv}
            </ExternalLink>
          </Paragraph>
        </>
      )}
    </>
  );
}
