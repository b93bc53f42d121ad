// "Routering van signalen": the municipality's routing rules; add or change one, try it on last month's signals,
// save it; deactivate a rule after a confirm step. Configuration only: no personal data on this page.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { myOrganisationQuery } from '../../api/me.ts';
import {
  deactivateRoutingRule,
  type RoutingRule,
  routingOptionsQuery,
  routingRulesQuery,
  routingRulesQueryKey,
} from '../../api/signal-admin.ts';
import type { Municipality } from '../../api/types.ts';
import {
  Alert,
  EmptyState,
  Heading,
  Paragraph,
  QueryState,
  Section,
  SelectField,
} from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
import { RoleGate } from '../shell/RoleGate.tsx';
import { usePageTitle } from '../shell/usePageTitle.ts';
import { ConfirmStep } from './ConfirmStep.tsx';
import { RoutingRuleForm } from './RoutingRuleForm.tsx';
import { RoutingRulesTable } from './RoutingRulesTable.tsx';
import './signal-admin.css';

const route = getRouteApi('/_app/signalen/routering');
const m = t.signalAdmin.routing;

export function RoutingRulesPage() {
  return (
    <RoleGate page="routingRules">
      <RoutingRulesContent />
    </RoleGate>
  );
}

function RoutingRulesContent() {
  usePageTitle(m.title);
  const organisation = useQuery(myOrganisationQuery);
  return (
    <>
      <Heading level={1}>{m.title}</Heading>
      <Paragraph lead>{m.intro}</Paragraph>
      <QueryState query={organisation}>
        {({ municipalities }) =>
          municipalities.length === 0 ? (
            <EmptyState>{t.signalAdmin.noMunicipality}</EmptyState>
          ) : (
            <RulesForMunicipalities municipalities={municipalities} />
          )
        }
      </QueryState>
    </>
  );
}

function RulesForMunicipalities({ municipalities }: { municipalities: Municipality[] }) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const gemeente = (municipalities.find((g) => g.code === search.gemeente) ??
    municipalities[0]) as Municipality;
  return (
    <>
      {municipalities.length > 1 && (
        <SelectField
          id="routering-gemeente"
          label={t.signalAdmin.municipality}
          value={gemeente.code}
          onChange={(code) => void navigate({ search: { gemeente: code } })}
          options={municipalities.map((g) => ({ value: g.code, label: g.name }))}
        />
      )}
      <RulesOfMunicipality key={gemeente.code} gemeente={gemeente} />
    </>
  );
}

function RulesOfMunicipality({ gemeente }: { gemeente: Municipality }) {
  const queryClient = useQueryClient();
  const rules = useQuery(routingRulesQuery(gemeente.code));
  const options = useQuery(routingOptionsQuery(gemeente.code));
  const [editing, setEditing] = useState<RoutingRule | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [confirming, setConfirming] = useState<RoutingRule | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  const done = async (text: string) => {
    setMessage(text);
    await queryClient.invalidateQueries({ queryKey: routingRulesQueryKey });
    requestAnimationFrame(() => messageRef.current?.focus());
  };

  const deactivate = useMutation({
    mutationFn: (rule: RoutingRule) => deactivateRoutingRule(rule.id),
    onSuccess: async (_, rule) => {
      setConfirming(null);
      if (editing?.id === rule.id) setEditing(null);
      await done(m.deactivated(rule.naam));
    },
  });

  const cancelDeactivate = () => {
    const id = confirming?.id;
    setConfirming(null);
    deactivate.reset();
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-rule-deactivate="${id}"]`)?.focus(),
    );
  };

  return (
    <>
      {message && (
        <Alert type="ok" live="off" tabIndex={-1} ref={messageRef}>
          <Paragraph>{message}</Paragraph>
        </Alert>
      )}
      {confirming && (
        <ConfirmStep
          level={2}
          title={m.deactivateTitle}
          text={m.deactivateText(confirming.naam)}
          confirmLabel={m.deactivateYes}
          pendingLabel={m.deactivating}
          pending={deactivate.isPending}
          error={deactivate.error}
          danger
          onConfirm={() => deactivate.mutate(confirming)}
          onCancel={cancelDeactivate}
        />
      )}
      <Section title={m.rulesTitle}>
        <QueryState query={rules}>
          {({ items }) =>
            items.length === 0 ? (
              <EmptyState>{m.empty}</EmptyState>
            ) : (
              <RoutingRulesTable
                gemeenteNaam={gemeente.name}
                rules={items}
                options={options.data}
                onEdit={(rule) => {
                  setMessage(null);
                  setEditing(rule);
                  setFormKey((n) => n + 1);
                  requestAnimationFrame(() => document.getElementById('routering-formulier')?.focus());
                }}
                onDeactivate={(rule) => {
                  setMessage(null);
                  deactivate.reset();
                  setConfirming(rule);
                }}
              />
            )
          }
        </QueryState>
      </Section>
      <section className="regie-section" aria-labelledby="routering-formulier">
        <Heading level={2} id="routering-formulier" tabIndex={-1}>
          {editing ? m.editTitle(editing.naam) : m.newTitle}
        </Heading>
        <QueryState query={options}>
          {(choices) => (
            <RoutingRuleForm
              // A new key starts the form afresh: after saving, and when another rule is chosen.
              key={`${editing?.id ?? 'nieuw'}:${formKey}`}
              gemeente={gemeente.code}
              options={choices}
              editing={editing}
              existing={rules.data?.items ?? []}
              onSaved={({ naam }) => {
                setEditing(null);
                setFormKey((n) => n + 1);
                void done(m.saved(naam));
              }}
              onCancelEdit={() => {
                setEditing(null);
                setFormKey((n) => n + 1);
              }}
            />
          )}
        </QueryState>
      </section>
    </>
  );
}
