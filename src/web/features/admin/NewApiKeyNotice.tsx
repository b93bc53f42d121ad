// Shows a just-created API key once, with a clear warning that it will not be shown again.
import { useEffect, useRef, useState } from 'react';
import type { CreatedApiKey } from '../../api/types.ts';
import { Alert, Button, ButtonGroup, Heading, Paragraph } from '../../components/index.ts';
import { t } from '../../i18n/index.ts';

export function NewApiKeyNotice({
  created,
  name,
  onDone,
}: {
  created: CreatedApiKey;
  name: string;
  onDone: () => void;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.key);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <section className="regie-card" aria-labelledby="nieuwe-api-sleutel">
      <Heading level={2} id="nieuwe-api-sleutel" ref={headingRef} tabIndex={-1}>
        {`${t.apiKeys.createdTitle}: ${name}`}
      </Heading>
      <Alert type="warning" live="off">
        <Paragraph>{t.apiKeys.createdWarning}</Paragraph>
      </Alert>
      <Paragraph>{t.apiKeys.keyLabel}:</Paragraph>
      <code className="regie-secret" data-testid="api-key-secret">
        {created.key}
      </code>
      <ButtonGroup>
        <Button variant="secondary" onClick={() => void copy()}>
          {t.apiKeys.copy}
        </Button>
        <Button variant="primary" onClick={onDone}>
          {t.apiKeys.done}
        </Button>
      </ButtonGroup>
      {copied && <Alert type="ok">{t.apiKeys.copied}</Alert>}
    </section>
  );
}
