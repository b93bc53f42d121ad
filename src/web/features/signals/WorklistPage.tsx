// "Werklijst signalen": the new and open signals of one of the user's teams, filtered and sorted by deadline.
// Team, filters and page live in the URL; the server filters by what the user may see (signalScope).
import { useQueries, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { myTeamsQuery } from '../../api/me.ts';
import { signalCategoriesQuery, worklistQuery } from '../../api/signals.ts';
import type { Team } from '../../api/types.ts';
import {
  EmptyState,
  Heading,
  PagedResults,
  Paragraph,
  QueryState,
  SelectField,
  type SelectFieldOption,
} from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
import { compact } from '../../routes/search.ts';
import { RoleGate } from '../shell/RoleGate.tsx';
import { usePageTitle } from '../shell/usePageTitle.ts';
import { WorklistFilters } from './WorklistFilters.tsx';
import { WorklistTable } from './WorklistTable.tsx';
import { DEFAULT_STATUS } from './worklistSearch.ts';
import './signals.css';

const route = getRouteApi('/_app/signalen');
const PAGE_SIZE = 25;
const w = t.signals.worklist;

export function WorklistPage() {
  return (
    <RoleGate page="worklist">
      <WorklistContent />
    </RoleGate>
  );
}

function WorklistContent() {
  usePageTitle(w.title);
  const teams = useQuery(myTeamsQuery);
  return (
    <div className="regie-signal-page regie-stack">
      <Heading level={1}>{w.title}</Heading>
      <Paragraph lead>{w.intro}</Paragraph>
      <QueryState query={teams}>
        {(data) =>
          data.items.length === 0 ? <EmptyState>{w.noTeams}</EmptyState> : <TeamWorklist teams={data.items} />
        }
      </QueryState>
    </div>
  );
}

/** The categories of every municipality the team works in, each code once. */
function useCategoryOptions(team: Team): SelectFieldOption[] {
  return useQueries({
    queries: team.municipalities.map((m) => signalCategoriesQuery(m.code)),
    combine: (results) => {
      const labels = new Map<string, string>();
      for (const result of results)
        for (const c of result.data?.items ?? []) if (!labels.has(c.code)) labels.set(c.code, c.label);
      return [...labels].map(([value, label]) => ({ value, label }));
    },
  });
}

function TeamWorklist({ teams }: { teams: Team[] }) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const team = teams.find((candidate) => candidate.id === search.team) ?? (teams[0] as Team);
  const categoryOptions = useCategoryOptions(team);
  const wijkOptions = team.areas
    .filter((area) => area.kind === 'wijk')
    .map((area) => ({ value: area.code, label: area.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
  const page = search.page ?? 1;
  const query = useQuery(
    worklistQuery(
      compact({
        teamId: team.id,
        status: search.status ?? DEFAULT_STATUS,
        categorie: search.categorie,
        wijk: search.wijk,
        crisis: search.crisis,
        minBedrag: search.minBedrag,
        ouderDanDagen: search.ouderDanDagen,
        sort: search.sort ?? 'deadline',
        page,
        pageSize: PAGE_SIZE,
      }),
    ),
  );
  const filtered = Boolean(
    search.status ||
      search.categorie ||
      search.wijk ||
      search.crisis ||
      search.minBedrag ||
      search.ouderDanDagen,
  );
  const { team: _team, page: _page, ...filters } = search;

  return (
    <>
      {teams.length > 1 && (
        <SelectField
          id="werklijst-team"
          label={w.team}
          value={team.id}
          options={teams.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
          onChange={(value) =>
            void navigate({ search: (previous) => ({ ...previous, team: value, page: undefined }) })
          }
        />
      )}
      <WorklistFilters
        key={JSON.stringify(filters)}
        initial={filters}
        categoryOptions={categoryOptions}
        wijkOptions={wijkOptions}
        onApply={(values) => void navigate({ search: compact({ team: search.team, ...values }) })}
      />
      <PagedResults
        query={query}
        empty={filtered ? w.emptyFiltered : w.empty}
        onPageChange={(next) => void navigate({ search: (previous) => ({ ...previous, page: next }) })}
      >
        {(signals) => <WorklistTable signals={signals} busy={query.isPlaceholderData} />}
      </PagedResults>
    </>
  );
}
