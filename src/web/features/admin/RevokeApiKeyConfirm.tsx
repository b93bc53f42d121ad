// The confirm step before revoking an API key: says what will happen, then revokes or cancels.
import { useEffect, useRef } from 'react';
import type { ApiKey } from '../../api/types.ts';
import { Alert, Button, ButtonGroup, ErrorMessage, Heading, Paragraph } from '../../components/index.ts';
import { t } from '../../i18n/index.ts';

export interface RevokeApiKeyConfirmProps {
  apiKey: ApiKey;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}

export function RevokeApiKeyConfirm({
  apiKey,
  pending,
  error,
  onConfirm,
  onCancel,
}: RevokeApiKeyConfirmProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <section className="regie-card" aria-labelledby="sleutel-intrekken">
      <Heading level={2} id="sleutel-intrekken" ref={headingRef} tabIndex={-1}>
        {t.apiKeys.confirmTitle}
      </Heading>
      <Alert type="warning" live="off">
        <Paragraph>{t.apiKeys.confirmText(apiKey.name)}</Paragraph>
      </Alert>
      {error ? <ErrorMessage error={error} /> : null}
      <ButtonGroup>
        <Button variant="primary" danger busy={pending} onClick={() => !pending && onConfirm()}>
          {pending ? t.apiKeys.revoking : t.apiKeys.confirmRevoke}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t.common.cancel}
        </Button>
      </ButtonGroup>
    </section>
  );
}
