// "Toezichtpakket" (issue 7, item 5): the figures Toezicht Sociaal Domein asks about coherence around one household,
// per half-year, for one municipality and year, with the definitions and the CSV download. Aggregates only.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import type { Municipality } from '../../api/types.ts';
import {
  Button,
  ButtonGroup,
  DataList,
  ErrorMessage,
  ExternalLink,
  Form,
  Heading,
  Loading,
  Paragraph,
  Section,
  SelectField,
} from '../../components/index.ts';
import { formatCalendarDate } from '../../i18n/format.ts';
import { WithMunicipalities } from '../organisation/WithMunicipalities.tsx';
import { MunicipalityPicker } from '../population/MunicipalityPicker.tsx';
import { todayInAmsterdam } from '../rules/householdForm.ts';
import { RoleGate } from '../shell/RoleGate.tsx';
import { usePageTitle } from '../shell/usePageTitle.ts';
import { type SupervisorPack, supervisorPackCsvUrl, supervisorPackQuery } from './api.ts';
import { PackTableView } from './PackTableView.tsx';
import { oversightTexts as tx } from './texts.ts';

const route = getRouteApi('/_app/cijfers/toezicht');

/** The first year the catalogue's definitions apply (2025-01-01). */
const FIRST_YEAR = 2025;

export function OversightPage() {
  // The same capability as the indicators (population.aggregate), so the same roles.
  return (
    <RoleGate page="indicators">
      <OversightContent />
    </RoleGate>
  );
}

function OversightContent() {
  usePageTitle(tx.title);
  return (
    <>
      <Heading level={1}>{tx.title}</Heading>
      <Paragraph lead>{tx.intro}</Paragraph>
      <WithMunicipalities empty={tx.noMunicipality}>
        {(municipalities) => <PackFor municipalities={municipalities} />}
      </WithMunicipalities>
    </>
  );
}

function PackFor({ municipalities }: { municipalities: Municipality[] }) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const thisYear = Number(todayInAmsterdam().slice(0, 4));
  const years = Array.from({ length: Math.max(1, thisYear - FIRST_YEAR + 1) }, (_, i) => thisYear - i);
  const gemeente = (municipalities.find((m) => m.code === search.gemeente) ??
    municipalities[0]) as Municipality;
  const year = search.jaar && years.includes(search.jaar) ? search.jaar : thisYear;
  const pack = useQuery(supervisorPackQuery(gemeente.code, year));
  return (
    <>
      <PackForm
        // A new choice in the address starts the form afresh with it.
        key={`${gemeente.code}:${year}`}
        municipalities={municipalities}
        years={years}
        initial={{ gemeente: gemeente.code, year }}
        onSubmit={(choice) => void navigate({ search: { gemeente: choice.gemeente, jaar: choice.year } })}
      />
      {pack.isPending ? (
        <Loading label={tx.loading} />
      ) : pack.isError ? (
        <ErrorMessage error={pack.error} onRetry={() => void pack.refetch()} />
      ) : (
        <PackView pack={pack.data} />
      )}
    </>
  );
}

type Choice = { gemeente: string; year: number };

function PackForm({
  municipalities,
  years,
  initial,
  onSubmit,
}: {
  municipalities: Municipality[];
  years: number[];
  initial: Choice;
  onSubmit: (choice: Choice) => void;
}) {
  const [choice, setChoice] = useState(initial);
  return (
    <Form label={tx.formLabel} onSubmit={() => onSubmit(choice)}>
      <MunicipalityPicker
        id="toezicht-gemeente"
        municipalities={municipalities}
        value={choice.gemeente}
        onChange={(code) => setChoice({ ...choice, gemeente: code })}
      />
      <SelectField
        id="toezicht-jaar"
        label={tx.year}
        value={String(choice.year)}
        onChange={(value) => setChoice({ ...choice, year: Number(value) })}
        options={years.map((y) => ({ value: String(y), label: String(y) }))}
      />
      <ButtonGroup>
        <Button type="submit" variant="primary">
          {tx.submit}
        </Button>
      </ButtonGroup>
    </Form>
  );
}

function PackView({ pack }: { pack: SupervisorPack }) {
  return (
    <>
      <DataList
        entries={[
          {
            key: 'municipality',
            label: tx.header.municipality,
            value: `${pack.municipality.name} (${pack.municipality.code})`,
          },
          { key: 'year', label: tx.header.year, value: String(pack.year) },
          { key: 'madeOn', label: tx.header.madeOn, value: formatCalendarDate(pack.madeOn) },
          { key: 'personalData', label: tx.header.personalData, value: pack.personalData },
        ]}
      />
      <Paragraph>
        <ExternalLink href={supervisorPackCsvUrl(pack.municipality.code, pack.year)} download>
          {tx.downloadCsv}
        </ExternalLink>
      </Paragraph>
      {pack.tables.map((table, i) => (
        <PackTableView key={table.key} table={table} number={i + 1} municipality={pack.municipality.name} />
      ))}
      <Section title={tx.definitions}>
        {pack.definitions.map((d) => (
          <Section key={`${d.code}@${d.version}`} level={3} title={tx.definition(d.title, d.version)}>
            <Paragraph>{d.explanation}</Paragraph>
            <DataList
              entries={[
                {
                  key: 'validFrom',
                  label: tx.definitionParts.validFrom,
                  value: formatCalendarDate(d.validFrom),
                },
                { key: 'counted', label: tx.definitionParts.counted, value: d.counted },
                ...(d.numerator
                  ? [{ key: 'numerator', label: tx.definitionParts.numerator, value: d.numerator }]
                  : []),
                ...(d.denominator
                  ? [{ key: 'denominator', label: tx.definitionParts.denominator, value: d.denominator }]
                  : []),
                { key: 'unit', label: tx.definitionParts.unit, value: d.unit },
                { key: 'source', label: tx.definitionParts.source, value: d.source },
              ]}
            />
          </Section>
        ))}
      </Section>
      <Section title={tx.suppressionTitle}>
        <Paragraph>{pack.suppression}</Paragraph>
      </Section>
    </>
  );
}
