// Beheer → Organisaties.
import { getRouteApi } from '@tanstack/react-router';
import { adminOrganisationsQuery } from '../../api/admin.ts';
import type { AdminOrganisation } from '../../api/types.ts';
import { organisationKindLabel, t } from '../../i18n/index.ts';
import { RoleGate } from '../shell/RoleGate.tsx';
import { AdminListPage } from './AdminListPage.tsx';

const route = getRouteApi('/_app/beheer/organisaties');
const PAGE_SIZE = 25;

export function OrganisationsPage() {
  return (
    <RoleGate page="adminOrganisations">
      <OrganisationsContent />
    </RoleGate>
  );
}

function OrganisationsContent() {
  const { page = 1 } = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <AdminListPage<AdminOrganisation>
      title={t.admin.organisationsTitle}
      intro={t.admin.organisationsIntro}
      caption={t.admin.organisationsCaption}
      empty={t.admin.organisationsEmpty}
      query={adminOrganisationsQuery({ page, pageSize: PAGE_SIZE })}
      rowKey={(organisation) => organisation.id}
      page={page}
      onPageChange={(next) => void navigate({ search: { page: next } })}
      columns={[
        { key: 'name', header: t.admin.name, rowHeader: true, render: (o) => o.name },
        { key: 'kind', header: t.admin.kind, render: (o) => organisationKindLabel(o.kind) },
        {
          key: 'municipalities',
          header: t.admin.municipalities,
          render: (o) => o.municipalityCodes.join(', '),
        },
      ]}
    />
  );
}
