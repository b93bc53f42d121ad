// "Inzageverzoeken": the FG compiles what Regie holds about one inwoner (AVG art. 15). The BSN is checked in the
// browser (11-proof) and kept in component state only, never in the URL (history, logs).
import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../../api/problem.ts';
import {
  Button,
  EmptyState,
  ErrorMessage,
  ErrorSummary,
  Form,
  Heading,
  Loading,
  Paragraph,
  Section,
  TextField,
  UnorderedList,
  UnorderedListItem,
} from '../../../components/index.ts';
import { RoleGate } from '../../shell/RoleGate.tsx';
import { usePageTitle } from '../../shell/usePageTitle.ts';
import { compileDossier, type Dossier } from './api.ts';
import { bsnError, normaliseBsn } from './bsnInput.ts';
import { DossierView } from './DossierView.tsx';
import { inzageTexts as m } from './texts.ts';
import './inzage.css';

const FIELD_ID = 'inzage-bsn';

export function InzagePage() {
  return (
    <RoleGate page="inzage">
      <InzageContent />
    </RoleGate>
  );
}

function InzageContent() {
  usePageTitle(m.title);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const compile = useMutation({ mutationFn: compileDossier });

  const submit = () => {
    const problem = bsnError(value);
    setError(problem);
    setAttempt((n) => n + 1);
    // The error summary takes focus and links to the field.
    if (problem) return;
    compile.mutate(normaliseBsn(value));
  };

  return (
    <div className="regie-inzage">
      <Heading level={1}>{m.title}</Heading>
      <Paragraph lead>{m.intro}</Paragraph>
      <Section title={m.howTitle}>
        <UnorderedList>
          {m.how.map((line) => (
            <UnorderedListItem key={line}>{line}</UnorderedListItem>
          ))}
        </UnorderedList>
      </Section>
      <Form onSubmit={submit} label={m.form.label} role="search">
        {error && <ErrorSummary items={[{ fieldId: FIELD_ID, message: error }]} focusKey={attempt} />}
        <TextField
          id={FIELD_ID}
          name="bsn"
          label={m.form.bsn}
          description={m.form.bsnDescription}
          value={value}
          onChange={setValue}
          error={error ?? undefined}
          autoComplete="off"
          spellCheck={false}
          required
        />
        <Button type="submit" variant="primary">
          {m.form.submit}
        </Button>
      </Form>
      <Result compile={compile} />
    </div>
  );
}

/** Regie answers 404 both for an unknown BSN and for a person outside the FG's municipalities. */
const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;

function Result({ compile }: { compile: UseMutationResult<Dossier, Error, string> }) {
  if (compile.isIdle) return null;
  if (compile.isError && isNotFound(compile.error)) return <NotFound />;
  return (
    <div className="regie-inzage__result">
      {compile.isPending && <Loading label={m.loading} />}
      {compile.isError && (
        <ErrorMessage error={compile.error} onRetry={() => compile.mutate(compile.variables)} />
      )}
      {compile.isSuccess && (
        <DossierView key={compile.submittedAt} dossier={compile.data} bsn={compile.variables} />
      )}
    </div>
  );
}

/** The empty state: the answer to the inwoner is then that Regie holds nothing about them. */
function NotFound() {
  return (
    <div className="regie-inzage__result" role="status">
      <Heading level={2}>{m.notFound}</Heading>
      <EmptyState>{m.notFoundHelp}</EmptyState>
    </div>
  );
}
