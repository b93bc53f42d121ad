// What the user's organisation is: name, kind and the municipalities it works in.
import type { MyOrganisation } from '../../api/types.ts';
import { DataList } from '../../components/index.ts';
import { organisationKindLabel, t } from '../../i18n/index.ts';

export function OrganisationCard({ organisation }: { organisation: MyOrganisation }) {
  return (
    <div className="regie-card">
      <DataList
        entries={[
          { key: 'name', label: t.organisation.name, value: organisation.name },
          { key: 'kind', label: t.organisation.kind, value: organisationKindLabel(organisation.kind) },
          {
            key: 'municipalities',
            label: t.organisation.municipalities,
            value:
              organisation.municipalities.map((m) => `${m.name} (${m.code})`).join(', ') ||
              t.organisation.noMunicipalities,
          },
        ]}
      />
    </div>
  );
}
