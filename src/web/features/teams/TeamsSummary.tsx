// Start page section: the teams the user works in, with their areas and number of members.
import { useQuery } from '@tanstack/react-query';
import { myTeamsQuery } from '../../api/me.ts';
import type { Team } from '../../api/types.ts';
import { DataTable, EmptyState, Paragraph, QueryState, RouterLink, Section } from '../../components/index.ts';
import { t, teamKindLabel } from '../../i18n/index.ts';

export function TeamsSummary() {
  const query = useQuery(myTeamsQuery);
  return (
    <Section title={t.teams.title}>
      <Paragraph>{t.teams.startIntro}</Paragraph>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t.teams.empty}</EmptyState>
          ) : (
            <>
              <DataTable<Team>
                caption={t.teams.summaryCaption}
                captionHidden
                rows={data.items}
                rowKey={(team) => team.id}
                columns={[
                  { key: 'name', header: t.teams.team, rowHeader: true, render: (team) => team.name },
                  { key: 'kind', header: t.teams.kind, render: (team) => teamKindLabel(team.kind) },
                  {
                    key: 'municipalities',
                    header: t.teams.municipalities,
                    render: (team) => team.municipalities.map((m) => m.name).join(', '),
                  },
                  {
                    key: 'areas',
                    header: t.teams.areas,
                    render: (team) => team.areas.map((area) => area.name).join(', ') || t.teams.noAreas,
                  },
                  {
                    key: 'members',
                    header: t.teams.members,
                    numeric: true,
                    render: (team) => team.members.length,
                  },
                ]}
              />
              <Paragraph>
                <RouterLink to="/teams">{t.teams.viewAll}</RouterLink>
              </Paragraph>
            </>
          )
        }
      </QueryState>
    </Section>
  );
}
