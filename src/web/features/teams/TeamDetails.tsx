// One team: its kind, municipalities, areas and members.
import type { Team, TeamMember } from '../../api/types.ts';
import { DataList, DataTable, Section } from '../../components/index.ts';
import { areaKindLabel, roleLabel, t, teamKindLabel } from '../../i18n/index.ts';

export function TeamDetails({ team }: { team: Team }) {
  return (
    <Section title={team.name}>
      <DataList
        entries={[
          { key: 'kind', label: t.teams.kind, value: teamKindLabel(team.kind) },
          {
            key: 'municipalities',
            label: t.teams.municipalities,
            value: team.municipalities.map((m) => `${m.name} (${m.code})`).join(', ') || t.common.none,
          },
          {
            key: 'areas',
            label: t.teams.areas,
            value:
              team.areas
                .map((area) => `${area.name} (${areaKindLabel(area.kind).toLowerCase()})`)
                .join(', ') || t.teams.noAreas,
          },
        ]}
      />
      <DataTable<TeamMember>
        caption={t.teams.membersCaption(team.name)}
        rows={team.members}
        rowKey={(member) => member.id}
        columns={[
          { key: 'name', header: t.teams.name, rowHeader: true, render: (member) => member.displayName },
          {
            key: 'inTeam',
            header: t.teams.inTeam,
            render: (member) => (member.isLeader ? t.teams.teamLeader : t.teams.teamMember),
          },
          { key: 'roles', header: t.teams.roles, render: (member) => member.roles.map(roleLabel).join(', ') },
        ]}
      />
    </Section>
  );
}
