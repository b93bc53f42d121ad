// Start page section: the figures per wijk of the (first) municipality the organisation works in.
import { useQuery } from '@tanstack/react-query';
import { myOrganisationQuery } from '../../api/me.ts';
import { EmptyState, Paragraph, QueryState, RouterLink, Section } from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
import { PopulationFigures } from './PopulationFigures.tsx';

export function PopulationSummary() {
  const organisation = useQuery(myOrganisationQuery);
  return (
    <Section title={t.population.title}>
      <Paragraph>{t.population.intro}</Paragraph>
      <QueryState query={organisation}>
        {({ municipalities }) => {
          const first = municipalities[0];
          if (!first) return <EmptyState>{t.population.noMunicipality}</EmptyState>;
          return (
            <>
              <PopulationFigures municipalityCode={first.code} />
              {municipalities.length > 1 && (
                <Paragraph>
                  <RouterLink to="/cijfers">{t.population.viewAll}</RouterLink>
                </Paragraph>
              )}
            </>
          );
        }}
      </QueryState>
    </Section>
  );
}
