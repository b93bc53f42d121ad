// "Cijfers per wijk": aggregated figures; nothing here identifies a person.
import { getRouteApi } from '@tanstack/react-router';
import { Heading, Paragraph } from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
import { WithMunicipalities } from '../organisation/WithMunicipalities.tsx';
import { RoleGate } from '../shell/RoleGate.tsx';
import { usePageTitle } from '../shell/usePageTitle.ts';
import { MunicipalityPicker } from './MunicipalityPicker.tsx';
import { PopulationFigures } from './PopulationFigures.tsx';

const route = getRouteApi('/_app/cijfers');

export function PopulationPage() {
  return (
    <RoleGate page="population">
      <PopulationContent />
    </RoleGate>
  );
}

function PopulationContent() {
  usePageTitle(t.population.title);
  const { gemeente } = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <>
      <Heading level={1}>{t.population.title}</Heading>
      <Paragraph lead>{t.population.intro}</Paragraph>
      <WithMunicipalities empty={t.population.noMunicipality}>
        {(municipalities) => {
          const selected = municipalities.find((m) => m.code === gemeente) ?? municipalities[0];
          return (
            <>
              <MunicipalityPicker
                id="cijfers-gemeente"
                municipalities={municipalities}
                value={selected.code}
                onChange={(code) => void navigate({ search: { gemeente: code } })}
              />
              <PopulationFigures municipalityCode={selected.code} />
            </>
          );
        }}
      </WithMunicipalities>
    </>
  );
}
