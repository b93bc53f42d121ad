// The list of API keys with a revoke button on each active key.
import type { ApiKey } from '../../api/types.ts';
import { Button, DataTable } from '../../components/index.ts';
import { formatMoment } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';

export function ApiKeysTable({ keys, onRevoke }: { keys: ApiKey[]; onRevoke: (key: ApiKey) => void }) {
  return (
    <DataTable<ApiKey>
      caption={t.apiKeys.caption}
      captionHidden
      rows={keys}
      rowKey={(key) => key.id}
      columns={[
        { key: 'name', header: t.apiKeys.name, rowHeader: true, render: (key) => key.name },
        { key: 'organisation', header: t.apiKeys.organisation, render: (key) => key.organisationName },
        { key: 'prefix', header: t.apiKeys.prefix, render: (key) => <code>{key.prefix}…</code> },
        { key: 'created', header: t.apiKeys.created, render: (key) => formatMoment(key.createdAt) },
        {
          key: 'used',
          header: t.apiKeys.lastUsed,
          render: (key) => (key.lastUsedAt ? formatMoment(key.lastUsedAt) : t.apiKeys.never),
        },
        {
          key: 'status',
          header: t.apiKeys.status,
          render: (key) =>
            key.revokedAt ? `${t.apiKeys.revoked} (${formatMoment(key.revokedAt)})` : t.apiKeys.active,
        },
        {
          key: 'actions',
          header: t.apiKeys.actions,
          render: (key) =>
            key.revokedAt ? null : (
              <Button
                variant="secondary"
                danger
                data-revoke-id={key.id}
                aria-label={t.apiKeys.revoke(key.name)}
                onClick={() => onRevoke(key)}
              >
                {t.apiKeys.revokeShort}
              </Button>
            ),
        },
      ]}
    />
  );
}
