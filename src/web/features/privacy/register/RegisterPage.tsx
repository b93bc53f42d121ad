// "Verwerkingsregister": the processing register (AVG art. 30) for the FG, beheerder and beleidsmedewerker, with
// the municipality's current retention terms and downloads as CSV and JSON. Holds no personal data.
import { useQuery } from '@tanstack/react-query';
import {
  DataList,
  ExternalLink,
  Heading,
  Paragraph,
  QueryState,
  Section,
  UnorderedList,
  UnorderedListItem,
} from '../../../components/index.ts';
import { formatCalendarDate } from '../../../i18n/format.ts';
import { RoleGate } from '../../shell/RoleGate.tsx';
import { usePageTitle } from '../../shell/usePageTitle.ts';
import { PurposeSection } from './PurposeSection.tsx';
import { CategoriesTable, NonPersonalTable, RetentionTable } from './RegisterTables.tsx';
import { type ProcessingRegister, registerExportUrl, registerQuery } from './registerApi.ts';
import { registerTexts as m } from './texts.ts';
import './register.css';

export function RegisterPage() {
  return (
    <RoleGate page="privacyRegister">
      <RegisterContent />
    </RoleGate>
  );
}

function RegisterContent() {
  usePageTitle(m.title);
  const query = useQuery(registerQuery());
  return (
    <>
      <Heading level={1}>{m.title}</Heading>
      <Paragraph lead>{m.intro}</Paragraph>
      <QueryState query={query} loadingLabel={m.loading}>
        {(register) => <RegisterBody register={register} />}
      </QueryState>
    </>
  );
}

function RegisterBody({ register }: { register: ProcessingRegister }) {
  const gemeente = register.municipality?.code;
  return (
    <div className="regie-register">
      <Paragraph>{register.municipality ? m.termsOf(register.municipality.name) : m.termsDefault}</Paragraph>
      <Section title={m.about}>
        <DataList
          entries={[
            { key: 'version', label: m.version, value: register.version },
            { key: 'validFrom', label: m.validFrom, value: formatCalendarDate(register.validFrom) },
            ...(register.municipality
              ? [{ key: 'municipality', label: m.municipality, value: register.municipality.name }]
              : []),
          ]}
        />
      </Section>
      <Section title={m.download}>
        <Paragraph>{m.downloadIntro}</Paragraph>
        <UnorderedList className="regie-register-downloads">
          <UnorderedListItem>
            <ExternalLink href={registerExportUrl('csv', gemeente)} download>
              {m.downloadCsv}
            </ExternalLink>
          </UnorderedListItem>
          <UnorderedListItem>
            <ExternalLink href={registerExportUrl('json', gemeente)} download>
              {m.downloadJson}
            </ExternalLink>
          </UnorderedListItem>
        </UnorderedList>
      </Section>
      <Section title={m.purposes}>
        <Paragraph>{m.purposesIntro}</Paragraph>
        <div className="regie-register-purposes">
          {register.purposes.map((purpose) => (
            <PurposeSection key={purpose.code} purpose={purpose} register={register} />
          ))}
        </div>
      </Section>
      <CategoriesTable register={register} />
      <RetentionTable register={register} />
      <NonPersonalTable register={register} />
    </div>
  );
}
