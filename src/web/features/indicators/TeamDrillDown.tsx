// From a figure to the cases behind it, only for whoever has a need to know: a team leader goes from "open cases
// without a regisseur" of their own team to those cases on the signals board (which checks access again). Other
// roles, and other teams' rows, get no link: beleid sees aggregates only.
import { useQuery } from '@tanstack/react-query';
import { myTeamsQuery } from '../../api/me.ts';
import { Paragraph, RouterLink, Section } from '../../components/index.ts';
import { useSession } from '../auth/SessionContext.tsx';
import type { ShownSeries } from './api.ts';
import { indicatorTexts as tx } from './texts.ts';

export function TeamDrillDown({ series }: { series: ShownSeries }) {
  const { user } = useSession();
  const applies =
    series.code === 'zaken-zonder-regisseur' &&
    series.breakdown === 'team' &&
    user.roles.includes('teamleider');
  const teams = useQuery({ ...myTeamsQuery, enabled: applies });
  if (!applies) return null;
  const shownTeams = new Set(series.series.at(-1)?.rows.map((r) => r.breakdown?.code));
  const own = (teams.data?.items ?? []).filter((t) => shownTeams.has(t.id));
  if (own.length === 0) return null;
  return (
    <Section title={tx.drillDownTitle} level={3}>
      <Paragraph>{tx.drillDownIntro}</Paragraph>
      <ul>
        {own.map((team) => (
          <li key={team.id}>
            <RouterLink to="/signalenbord" search={{ team: team.id, kind: 'geen_regisseur' }}>
              {tx.drillDownLink(team.name)}
            </RouterLink>
          </li>
        ))}
      </ul>
    </Section>
  );
}
