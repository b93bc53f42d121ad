// The terms per category: a table with the term in force, the default and from when it counts; "Wijzigen" opens a
// small form under the table, then a confirm step (was → wordt) before anything is saved.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import {
  Alert,
  Button,
  ButtonGroup,
  type Column,
  DataTable,
  ErrorMessage,
  Form,
  Heading,
  NumberField,
  Paragraph,
  Section,
} from '../../../components/index.ts';
import { type RetentionCategory, type RetentionTerms, retentionKeys, saveTerm } from './api.ts';
import { checkMonths } from './forms.ts';
import { retentionTexts } from './texts.ts';

const m = retentionTexts.terms;
const monthsText = (n: number) => `${m.months(n)}${m.yearsHint(n)}`;

export function TermsSection({ data }: { data: RetentionTerms }) {
  const [editing, setEditing] = useState<RetentionCategory | null>(null);
  const [savedLabel, setSavedLabel] = useState<string | null>(null);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  const close = (code: string) => {
    setEditing(null);
    // Back to where the user started, so keyboard users do not lose their place.
    requestAnimationFrame(() => editButtons.current.get(code)?.focus());
  };
  const columns: Column<RetentionCategory>[] = [
    { key: 'label', header: m.category, rowHeader: true, render: (c) => c.label },
    {
      key: 'months',
      header: m.term,
      render: (c) => (
        <>
          {monthsText(c.months)}
          {c.months !== c.defaultMonths && <> ({m.changed})</>}
        </>
      ),
    },
    { key: 'default', header: m.default, render: (c) => monthsText(c.defaultMonths) },
    { key: 'from', header: m.from, render: (c) => c.from },
    {
      key: 'action',
      header: m.action,
      render: (c) => (
        <Button
          variant="secondary"
          aria-label={m.editLabel(c.label)}
          ref={(el) => {
            if (el) editButtons.current.set(c.code, el);
          }}
          onClick={() => {
            setSavedLabel(null);
            setEditing(c);
          }}
        >
          {m.edit}
        </Button>
      ),
    },
  ];
  return (
    <Section title={m.title}>
      {savedLabel && (
        <Alert type="ok" live="status">
          <Paragraph>{m.saved(savedLabel)}</Paragraph>
        </Alert>
      )}
      <DataTable
        caption={m.caption}
        columns={columns}
        rows={data.categories}
        rowKey={(c) => c.code}
        stacked
      />
      <Paragraph>{m.signalNote}</Paragraph>
      {editing && (
        <EditTerm
          key={editing.code}
          category={editing}
          onCancel={() => close(editing.code)}
          onSaved={() => {
            setSavedLabel(editing.label);
            close(editing.code);
          }}
        />
      )}
    </Section>
  );
}

function EditTerm({
  category,
  onCancel,
  onSaved,
}: {
  category: RetentionCategory;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const queryClient = useQueryClient();
  const [value, setValue] = useState(String(category.months));
  const [error, setError] = useState<string>();
  const [review, setReview] = useState<number | null>(null);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const save = useMutation({
    mutationFn: (months: number) => saveTerm(category.code, months),
    onSuccess: (terms) => {
      queryClient.setQueryData(retentionKeys.terms, terms);
      // The signal terms are also on /instellingen: let that page read them again.
      void queryClient.invalidateQueries({ queryKey: ['signal-settings'] });
      onSaved();
    },
  });
  const propose = (months: number) => {
    if (months === category.months) {
      setError(m.same);
      return;
    }
    setError(undefined);
    save.reset();
    setReview(months);
  };

  return (
    <section className="regie-card" aria-labelledby={headingId}>
      <Heading level={3} id={headingId} ref={headingRef} tabIndex={-1}>
        {m.editLabel(category.label)}
      </Heading>
      {review === null ? (
        <Form
          label={m.editLabel(category.label)}
          onSubmit={() => {
            const checked = checkMonths(value);
            if (checked.error !== undefined) setError(checked.error);
            else propose(checked.months);
          }}
        >
          <NumberField
            id={`termijn-${category.code}`}
            label={m.field}
            description={`${m.fieldHint} ${m.default}: ${m.months(category.defaultMonths)}, ${category.from}.`}
            value={value}
            onChange={(next) => {
              setValue(next);
              setError(undefined);
            }}
            error={error}
            required
          />
          <ButtonGroup>
            <Button type="submit" variant="primary">
              {m.review}
            </Button>
            {category.months !== category.defaultMonths && (
              <Button variant="secondary" onClick={() => propose(category.defaultMonths)}>
                {m.reset}
              </Button>
            )}
            <Button variant="subtle" onClick={onCancel}>
              {m.cancel}
            </Button>
          </ButtonGroup>
        </Form>
      ) : (
        <Confirm
          category={category}
          months={review}
          pending={save.isPending}
          error={save.error}
          onConfirm={() => save.mutate(review)}
          onCancel={() => setReview(null)}
        />
      )}
    </section>
  );
}

function Confirm({
  category,
  months,
  pending,
  error,
  onConfirm,
  onCancel,
}: {
  category: RetentionCategory;
  months: number;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <>
      <Heading level={4} ref={headingRef} tabIndex={-1}>
        {m.confirmTitle}
      </Heading>
      <Alert type="warning">
        <Paragraph>{m.confirmLine(category.label, category.months, months)}</Paragraph>
        {months < category.months && <Paragraph>{m.confirmShorter}</Paragraph>}
      </Alert>
      {error ? <ErrorMessage error={error} /> : null}
      <ButtonGroup>
        <Button variant="primary" busy={pending} onClick={() => !pending && onConfirm()}>
          {pending ? m.saving : m.save}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {m.cancel}
        </Button>
      </ButtonGroup>
    </>
  );
}
