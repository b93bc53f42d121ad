// "Casussen": the cases of the user and of the user's teams, filtered by team and phase, a page at a time.
// Filters and page live in the URL; the server decides which cases the user may see (caseScope).
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { casesQuery } from '../../api/cases.ts';
import { myTeamsQuery } from '../../api/me.ts';
import { Heading, PagedResults, Paragraph, SelectField } from '../../components/index.ts';
import { compact } from '../../routes/search.ts';
import { RoleGate } from '../shell/RoleGate.tsx';
import { usePageTitle } from '../shell/usePageTitle.ts';
import { CasesTable } from './CasesTable.tsx';
import { type CasePhase, casePhases, caseTexts, phaseLabel } from './labels.ts';
import './cases.css';

const route = getRouteApi('/_app/casussen');
const PAGE_SIZE = 25;
const l = caseTexts.list;

export function CasesPage() {
  return (
    <RoleGate page="cases">
      <CasesContent />
    </RoleGate>
  );
}

function CasesContent() {
  usePageTitle(l.title);
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const teams = useQuery(myTeamsQuery);
  const page = search.page ?? 1;
  const query = useQuery(
    casesQuery(
      compact({ mine: search.mine, team: search.team, phase: search.phase, page, pageSize: PAGE_SIZE }),
    ),
  );
  const teamOptions = (teams.data?.items ?? []).map((team) => ({ value: team.id, label: team.name }));
  const filtered = Boolean(search.mine || search.team || search.phase);

  return (
    <div className="regie-case-page regie-stack">
      <Heading level={1}>{l.title}</Heading>
      <Paragraph lead>{l.intro}</Paragraph>
      <div className="regie-case-filters">
        <SelectField
          id="casussen-welke"
          label={l.which}
          value={search.mine ? 'mine' : ''}
          emptyOption={l.whichAll}
          options={[{ value: 'mine', label: l.whichMine }]}
          onChange={(value) =>
            void navigate({
              search: (previous) =>
                compact({ ...previous, mine: value === 'mine' || undefined, page: undefined }),
            })
          }
        />
        {teamOptions.length > 1 && (
          <SelectField
            id="casussen-team"
            label={l.team}
            value={search.team ?? ''}
            emptyOption={l.allTeams}
            options={teamOptions}
            onChange={(value) =>
              void navigate({
                search: (previous) => compact({ ...previous, team: value || undefined, page: undefined }),
              })
            }
          />
        )}
        <SelectField
          id="casussen-fase"
          label={l.phase}
          value={search.phase ?? ''}
          emptyOption={l.allPhases}
          options={casePhases.map((phase) => ({ value: phase, label: phaseLabel(phase) }))}
          onChange={(value) =>
            void navigate({
              search: (previous) =>
                compact({
                  ...previous,
                  phase: (value || undefined) as CasePhase | undefined,
                  page: undefined,
                }),
            })
          }
        />
      </div>
      <PagedResults
        query={query}
        empty={filtered ? l.emptyFiltered : l.empty}
        onPageChange={(next) => void navigate({ search: (previous) => ({ ...previous, page: next }) })}
      >
        {(cases) => <CasesTable cases={cases} busy={query.isPlaceholderData} />}
      </PagedResults>
    </div>
  );
}
