// Beheer → Gebruikers.
import { getRouteApi } from '@tanstack/react-router';
import { adminUsersQuery } from '../../api/admin.ts';
import type { AdminUser } from '../../api/types.ts';
import { formatMoment } from '../../i18n/format.ts';
import { roleLabel, t } from '../../i18n/index.ts';
import { RoleGate } from '../shell/RoleGate.tsx';
import { AdminListPage } from './AdminListPage.tsx';

const route = getRouteApi('/_app/beheer/gebruikers');
const PAGE_SIZE = 25;

function statusOf(user: AdminUser): string {
  if (!user.active) return t.admin.inactive;
  return user.locked ? t.admin.locked : t.admin.active;
}

export function UsersPage() {
  return (
    <RoleGate page="adminUsers">
      <UsersContent />
    </RoleGate>
  );
}

function UsersContent() {
  const { page = 1 } = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <AdminListPage<AdminUser>
      title={t.admin.usersTitle}
      intro={t.admin.usersIntro}
      caption={t.admin.usersCaption}
      empty={t.admin.usersEmpty}
      query={adminUsersQuery({ page, pageSize: PAGE_SIZE })}
      rowKey={(user) => user.id}
      page={page}
      onPageChange={(next) => void navigate({ search: { page: next } })}
      columns={[
        { key: 'name', header: t.admin.displayName, rowHeader: true, render: (u) => u.displayName },
        { key: 'username', header: t.admin.username, render: (u) => u.username },
        { key: 'organisation', header: t.admin.organisation, render: (u) => u.organisationName },
        { key: 'roles', header: t.admin.roles, render: (u) => u.roles.map(roleLabel).join(', ') },
        { key: 'signIn', header: t.admin.signIn, render: (u) => (u.sso ? t.admin.sso : t.admin.password) },
        {
          key: 'lastLogin',
          header: t.admin.lastLogin,
          render: (u) => (u.lastLoginAt ? formatMoment(u.lastLoginAt) : t.admin.neverLoggedIn),
        },
        { key: 'status', header: t.admin.status, render: statusOf },
      ]}
    />
  );
}
