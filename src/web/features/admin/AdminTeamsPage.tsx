// Beheer → Teams.
import { getRouteApi } from '@tanstack/react-router';
import { adminTeamsQuery } from '../../api/admin.ts';
import type { AdminTeam } from '../../api/types.ts';
import { t, teamKindLabel } from '../../i18n/index.ts';
import { RoleGate } from '../shell/RoleGate.tsx';
import { AdminListPage } from './AdminListPage.tsx';

const route = getRouteApi('/_app/beheer/teams');
const PAGE_SIZE = 25;

export function AdminTeamsPage() {
  return (
    <RoleGate page="adminTeams">
      <AdminTeamsContent />
    </RoleGate>
  );
}

function AdminTeamsContent() {
  const { page = 1 } = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <AdminListPage<AdminTeam>
      title={t.admin.teamsTitle}
      intro={t.admin.teamsIntro}
      caption={t.admin.teamsCaption}
      empty={t.admin.teamsEmpty}
      query={adminTeamsQuery({ page, pageSize: PAGE_SIZE })}
      rowKey={(team) => team.id}
      page={page}
      onPageChange={(next) => void navigate({ search: { page: next } })}
      columns={[
        { key: 'name', header: t.admin.name, rowHeader: true, render: (team) => team.name },
        { key: 'kind', header: t.admin.kind, render: (team) => teamKindLabel(team.kind) },
        { key: 'organisation', header: t.admin.organisation, render: (team) => team.organisationName },
        {
          key: 'municipalities',
          header: t.admin.municipalities,
          render: (team) => team.municipalityCodes.join(', '),
        },
        { key: 'areas', header: t.admin.areas, render: (team) => team.areaCodes.join(', ') },
        { key: 'members', header: t.admin.members, numeric: true, render: (team) => team.memberCount },
      ]}
    />
  );
}
