// "Instellingen": a municipality's signal settings and case settings (terms and board margins) for the team leader
// and the beheerder. Pick the municipality (when the organisation works for several), then change a section, check
// the list of changes and save. Configuration only: no personal data on this page.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { myOrganisationQuery } from '../../api/me.ts';
import {
  caseSettingsQuery,
  caseSettingsQueryKey,
  saveCaseSettings,
  saveSignalSettings,
  signalSettingsQuery,
  signalSettingsQueryKey,
} from '../../api/settings.ts';
import { routingRulesQuery } from '../../api/signal-admin.ts';
import type { Municipality } from '../../api/types.ts';
import { EmptyState, Heading, Paragraph, QueryState, SelectField } from '../../components/index.ts';
import { RoleGate } from '../shell/RoleGate.tsx';
import { usePageTitle } from '../shell/usePageTitle.ts';
import { CASE_FORM_PREFIX, CaseSettingsForm } from './CaseSettingsForm.tsx';
import { caseChanges } from './caseForm.ts';
import { LAW_CASE_SETTINGS } from './defaults.ts';
import { fieldId } from './formErrors.ts';
import { SettingsSection } from './SettingsSection.tsx';
import { SIGNAL_FORM_PREFIX, SignalSettingsForm } from './SignalSettingsForm.tsx';
import { signalChanges, signalDefaultsFor } from './signalForm.ts';
import { settingsTexts as m } from './texts.ts';
import './settings.css';

const route = getRouteApi('/_app/instellingen');

export function SettingsPage() {
  return (
    <RoleGate page="settings">
      <SettingsContent />
    </RoleGate>
  );
}

function SettingsContent() {
  usePageTitle(m.title);
  const organisation = useQuery(myOrganisationQuery);
  return (
    <>
      <Heading level={1}>{m.title}</Heading>
      <Paragraph lead>{m.intro}</Paragraph>
      <QueryState query={organisation}>
        {({ municipalities }) =>
          municipalities.length === 0 ? (
            <EmptyState>{m.noMunicipality}</EmptyState>
          ) : (
            <SettingsForMunicipalities municipalities={municipalities} />
          )
        }
      </QueryState>
    </>
  );
}

function SettingsForMunicipalities({ municipalities }: { municipalities: Municipality[] }) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const gemeente = (municipalities.find((g) => g.code === search.gemeente) ??
    municipalities[0]) as Municipality;
  return (
    <>
      {municipalities.length > 1 && (
        <SelectField
          id="instellingen-gemeente"
          label={m.municipality}
          value={gemeente.code}
          onChange={(code) => void navigate({ search: { gemeente: code } })}
          options={municipalities.map((g) => ({ value: g.code, label: g.name }))}
        />
      )}
      <SettingsOfMunicipality key={gemeente.code} code={gemeente.code} />
    </>
  );
}

function SettingsOfMunicipality({ code }: { code: string }) {
  const signals = useQuery(signalSettingsQuery(code));
  const cases = useQuery(caseSettingsQuery(code));
  const rules = useQuery(routingRulesQuery(code));
  // Categories an active routing rule uses cannot be removed (the server refuses it as well).
  const rulesByCategory = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const rule of rules.data?.items ?? []) {
      if (!rule.actief || !rule.categorie) continue;
      map.set(rule.categorie, [...(map.get(rule.categorie) ?? []), rule.naam]);
    }
    return map;
  }, [rules.data]);

  return (
    <>
      <SettingsSection
        title={m.signals.title}
        intro={m.signals.intro}
        query={signals}
        queryKey={signalSettingsQueryKey(code)}
        save={(settings) => saveSignalSettings(code, settings)}
        changes={signalChanges}
        defaultsFor={signalDefaultsFor}
        texts={m.signals}
        submitId={fieldId(SIGNAL_FORM_PREFIX, 'bekijken')}
        renderForm={(props) => <SignalSettingsForm {...props} rulesByCategory={rulesByCategory} />}
      />
      <SettingsSection
        title={m.cases.title}
        intro={m.cases.intro}
        query={cases}
        queryKey={caseSettingsQueryKey(code)}
        save={(settings) => saveCaseSettings(code, settings)}
        changes={caseChanges}
        defaultsFor={() => LAW_CASE_SETTINGS}
        texts={m.cases}
        submitId={fieldId(CASE_FORM_PREFIX, 'bekijken')}
        renderForm={(props) => <CaseSettingsForm {...props} />}
      />
    </>
  );
}
