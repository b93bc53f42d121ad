// One section of the settings page ("Signalen", "Termijnen en signalenbord"): loads the settings, shows the form,
// and runs the confirm step before a PUT, for a change and for "terug naar standaard". After saving it shows a
// success message and starts the form afresh from what the server stored.
import { type QueryKey, type UseQueryResult, useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useId, useRef, useState } from 'react';
import { ApiError } from '../../api/problem.ts';
import { Alert, Heading, Paragraph, QueryState } from '../../components/index.ts';
import { ConfirmChanges } from './ConfirmChanges.tsx';
import { settingsTexts as m } from './texts.ts';

/** What the section hands its form. */
export interface SettingsFormProps<T> {
  saved: T;
  /** The form's values passed the browser's checks: show the changes and ask to confirm. */
  onReview: (settings: T) => void;
  /** "Terug naar standaard" was pressed. */
  onReset: () => void;
  /** Anything typed invalidates an open confirm step. */
  onEdit: () => void;
  /** The server refused the last save; the form places its field errors. */
  serverError: ApiError | null;
}

interface Pending<T> {
  kind: 'save' | 'reset';
  settings: T;
  lines: string[];
}

export interface SettingsSectionProps<T> {
  title: string;
  intro: string;
  query: UseQueryResult<T>;
  queryKey: QueryKey;
  save: (settings: T) => Promise<T>;
  changes: (before: T, after: T) => string[];
  defaultsFor: (current: T) => T;
  texts: { saved: string; resetDone: string; resetText: string };
  renderForm: (props: SettingsFormProps<T>) => ReactNode;
  /** The form's "Wijzigingen bekijken" button: focus goes back there when the confirm step is cancelled. */
  submitId: string;
}

export function SettingsSection<T>({
  title,
  intro,
  query,
  queryKey,
  save,
  changes,
  defaultsFor,
  texts,
  renderForm,
  submitId,
}: SettingsSectionProps<T>) {
  const headingId = useId();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<Pending<T> | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  const say = (text: string) => {
    setMessage(text);
    requestAnimationFrame(() => messageRef.current?.focus());
  };

  const mutation = useMutation({
    mutationFn: (p: Pending<T>) => save(p.settings),
    onSuccess: (stored, p) => {
      setPending(null);
      setServerError(null);
      queryClient.setQueryData(queryKey, stored);
      say(p.kind === 'reset' ? texts.resetDone : texts.saved);
    },
    onError: (error, p) => {
      // Field errors of a change belong next to the fields of the form; anything else stays in the confirm step.
      if (p.kind === 'save' && error instanceof ApiError && error.fieldErrors.length > 0) {
        setPending(null);
        setServerError(error);
      }
    },
  });

  const ask = (kind: Pending<T>['kind'], before: T, after: T) => {
    mutation.reset();
    const lines = changes(before, after);
    if (lines.length === 0) {
      setPending(null);
      say(kind === 'reset' ? m.alreadyDefault : m.nothingChanged);
      return;
    }
    setMessage(null);
    setPending({ kind, settings: after, lines });
  };

  return (
    <section className="regie-section regie-settings-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {title}
      </Heading>
      <Paragraph>{intro}</Paragraph>
      {message && (
        <Alert type="ok" live="off" tabIndex={-1} ref={messageRef}>
          <Paragraph>{message}</Paragraph>
        </Alert>
      )}
      <QueryState query={query} loadingLabel={m.loading}>
        {(saved) => (
          <>
            <div
              // A new key starts the form afresh from what the server stored.
              key={query.dataUpdatedAt}
            >
              {renderForm({
                saved,
                serverError,
                onReview: (settings) => {
                  setServerError(null);
                  ask('save', saved, settings);
                },
                onReset: () => ask('reset', saved, defaultsFor(saved)),
                onEdit: () => {
                  if (pending && !mutation.isPending) setPending(null);
                },
              })}
            </div>
            {pending && (
              <ConfirmChanges
                title={pending.kind === 'reset' ? m.resetTitle : m.confirmTitle}
                text={pending.kind === 'reset' ? texts.resetText : undefined}
                lines={pending.lines}
                confirmLabel={pending.kind === 'reset' ? m.confirmReset : m.confirmSave}
                pending={mutation.isPending}
                error={mutation.error}
                onConfirm={() => mutation.mutate(pending)}
                onCancel={() => {
                  setPending(null);
                  mutation.reset();
                  requestAnimationFrame(() => document.getElementById(submitId)?.focus());
                }}
              />
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
