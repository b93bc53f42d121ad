// Beheer → API-sleutels: list, create (key shown once), revoke (after a confirm step).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { apiKeysQuery, apiKeysQueryKey, revokeApiKey } from '../../api/admin.ts';
import type { ApiKey, CreatedApiKey } from '../../api/types.ts';
import {
  Alert,
  EmptyState,
  Heading,
  Pagination,
  Paragraph,
  QueryState,
  Section,
} from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
import { RoleGate } from '../shell/RoleGate.tsx';
import { usePageTitle } from '../shell/usePageTitle.ts';
import { ApiKeysTable } from './ApiKeysTable.tsx';
import { CreateApiKeyForm } from './CreateApiKeyForm.tsx';
import { NewApiKeyNotice } from './NewApiKeyNotice.tsx';
import { RevokeApiKeyConfirm } from './RevokeApiKeyConfirm.tsx';

const route = getRouteApi('/_app/beheer/api-sleutels');
const PAGE_SIZE = 25;

export function ApiKeysPage() {
  return (
    <RoleGate page="adminApiKeys">
      <ApiKeysContent />
    </RoleGate>
  );
}

function ApiKeysContent() {
  usePageTitle(t.apiKeys.title);
  const { page = 1 } = route.useSearch();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const query = useQuery(apiKeysQuery({ page, pageSize: PAGE_SIZE }));
  const [created, setCreated] = useState<{ key: CreatedApiKey; name: string } | null>(null);
  const [confirming, setConfirming] = useState<ApiKey | null>(null);
  const [revokedName, setRevokedName] = useState<string | null>(null);
  const revokedRef = useRef<HTMLDivElement>(null);

  const revoke = useMutation({
    mutationFn: (key: ApiKey) => revokeApiKey(key.id),
    onSuccess: async (_, key) => {
      setConfirming(null);
      setRevokedName(key.name);
      await queryClient.invalidateQueries({ queryKey: apiKeysQueryKey });
      requestAnimationFrame(() => revokedRef.current?.focus());
    },
  });

  const cancelRevoke = () => {
    const id = confirming?.id;
    setConfirming(null);
    revoke.reset();
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-revoke-id="${id}"]`)?.focus());
  };

  return (
    <>
      <Heading level={1}>{t.apiKeys.title}</Heading>
      <Paragraph lead>{t.apiKeys.intro}</Paragraph>
      {created && (
        <NewApiKeyNotice created={created.key} name={created.name} onDone={() => setCreated(null)} />
      )}
      {confirming && (
        <RevokeApiKeyConfirm
          apiKey={confirming}
          pending={revoke.isPending}
          error={revoke.error}
          onConfirm={() => revoke.mutate(confirming)}
          onCancel={cancelRevoke}
        />
      )}
      {revokedName && (
        <Alert type="ok" tabIndex={-1} ref={revokedRef}>
          {t.apiKeys.revokedMessage(revokedName)}
        </Alert>
      )}
      <Section title={t.apiKeys.caption}>
        <QueryState query={query}>
          {(data) =>
            data.items.length === 0 ? (
              <EmptyState>{t.apiKeys.empty}</EmptyState>
            ) : (
              <>
                <ApiKeysTable
                  keys={data.items}
                  onRevoke={(key) => {
                    setRevokedName(null);
                    setConfirming(key);
                  }}
                />
                <Pagination
                  page={data.page}
                  pageSize={data.pageSize}
                  total={data.total}
                  onPageChange={(next) => void navigate({ search: { page: next } })}
                />
              </>
            )
          }
        </QueryState>
      </Section>
      <Section title={t.apiKeys.createTitle}>
        <CreateApiKeyForm
          onCreated={(key, name) => {
            setRevokedName(null);
            setCreated({ key, name });
            window.scrollTo({ top: 0 });
          }}
        />
      </Section>
    </>
  );
}
