// "Mijn teams": every team the user works in, with areas and members.
import { useQuery } from '@tanstack/react-query';
import { myTeamsQuery } from '../../api/me.ts';
import { EmptyState, Heading, Paragraph, QueryState } from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
import { RoleGate } from '../shell/RoleGate.tsx';
import { usePageTitle } from '../shell/usePageTitle.ts';
import { TeamDetails } from './TeamDetails.tsx';

export function TeamsPage() {
  return (
    <RoleGate page="teams">
      <TeamsContent />
    </RoleGate>
  );
}

function TeamsContent() {
  usePageTitle(t.teams.title);
  const query = useQuery(myTeamsQuery);
  return (
    <>
      <Heading level={1}>{t.teams.title}</Heading>
      <Paragraph lead>{t.teams.startIntro}</Paragraph>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t.teams.empty}</EmptyState>
          ) : (
            data.items.map((team) => <TeamDetails key={team.id} team={team} />)
          )
        }
      </QueryState>
    </>
  );
}
