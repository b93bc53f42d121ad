// "Signalenbord": per kind the households where something is late or nobody is in charge, each with what to do.
// Team and kind live in the URL; the server decides what the user may see and audits the read.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { boardKinds, boardQuery } from '../../api/board.ts';
import { myTeamsQuery } from '../../api/me.ts';
import type { Team } from '../../api/types.ts';
import { Heading, Paragraph, QueryState, SelectField } from '../../components/index.ts';
import { RoleGate } from '../shell/RoleGate.tsx';
import { usePageTitle } from '../shell/usePageTitle.ts';
import { BoardItems } from './BoardItems.tsx';
import { BoardSummary } from './BoardSummary.tsx';
import { boardKindLabels, boardTexts } from './labels.ts';
import './board.css';

const route = getRouteApi('/_app/signalenbord');

export function BoardPage() {
  return (
    <RoleGate page="board">
      <BoardContent />
    </RoleGate>
  );
}

function BoardContent() {
  usePageTitle(boardTexts.title);
  const teams = useQuery(myTeamsQuery);
  return (
    <div className="regie-board regie-stack">
      <Heading level={1}>{boardTexts.title}</Heading>
      <Paragraph lead>{boardTexts.intro}</Paragraph>
      <QueryState query={teams}>{(data) => <Board teams={data.items} />}</QueryState>
    </div>
  );
}

function Board({ teams }: { teams: Team[] }) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const team = teams.some((candidate) => candidate.id === search.team) ? search.team : undefined;
  const query = useQuery(boardQuery({ team, kind: search.kind }));
  return (
    <>
      <div className="regie-board__filters">
        {teams.length > 1 && (
          <SelectField
            id="bord-team"
            label={boardTexts.team}
            value={team ?? ''}
            emptyOption={boardTexts.allTeams}
            options={teams.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
            onChange={(value) =>
              void navigate({ search: (previous) => ({ ...previous, team: value || undefined }) })
            }
          />
        )}
        <SelectField
          id="bord-soort"
          label={boardTexts.kind}
          value={search.kind ?? ''}
          emptyOption={boardTexts.allKinds}
          options={boardKinds.map((kind) => ({ value: kind, label: boardKindLabels[kind] }))}
          onChange={(value) =>
            void navigate({
              search: (previous) => ({
                ...previous,
                kind: (boardKinds as readonly string[]).includes(value)
                  ? (value as typeof search.kind)
                  : undefined,
              }),
            })
          }
        />
      </div>
      <QueryState query={query}>
        {(board) => (
          <>
            <BoardSummary counts={board.counts} team={team} />
            <BoardItems board={board} kind={search.kind} />
          </>
        )}
      </QueryState>
    </>
  );
}
