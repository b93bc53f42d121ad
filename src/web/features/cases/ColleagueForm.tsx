// Choose a colleague and say why: used to assign a regisseur (team leader) and to offer a warm handover.
// Both need a reason, because the case history must say why the regisseur changed.
import { useState } from 'react';
import type { CaseCandidate, CaseDetail } from '../../api/cases.ts';
import {
  Button,
  ButtonGroup,
  ErrorSummary,
  Form,
  Paragraph,
  SelectField,
  type SummaryItem,
  TextAreaField,
} from '../../components/index.ts';
import { problemsFromError } from './caseForms.ts';
import { caseTexts } from './labels.ts';
import { useCaseAction } from './useCaseAction.ts';

const r = caseTexts.regisseur;

export interface ColleagueFormProps {
  caseId: string;
  /** Prefix of the field ids; unique on the page. */
  idPrefix: string;
  label: string;
  intro: string;
  submitLabel: string;
  candidates: CaseCandidate[];
  send: (input: { userId: string; reason: string }) => Promise<CaseDetail>;
  onDone: (name: string) => void;
}

export function ColleagueForm({
  caseId,
  idPrefix,
  label,
  intro,
  submitLabel,
  candidates,
  send,
  onDone,
}: ColleagueFormProps) {
  const userFieldId = `${idPrefix}-collega`;
  const reasonFieldId = `${idPrefix}-reden`;
  const [userId, setUserId] = useState('');
  const [reason, setReason] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [items, setItems] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);

  const mutation = useCaseAction(caseId, send, {
    onSuccess: (_detail, input) => {
      const name = candidates.find((c) => c.userId === input.userId)?.displayName ?? '';
      setUserId('');
      setReason('');
      onDone(name);
    },
    onError: (error) => {
      const problems = problemsFromError(error, { userId: userFieldId, reason: reasonFieldId });
      setFields(problems.fields);
      setItems(problems.items);
      setAttempt((n) => n + 1);
    },
  });

  if (candidates.length === 0) return <Paragraph>{r.noCandidates}</Paragraph>;

  const submit = () => {
    setAttempt((n) => n + 1);
    const found: Record<string, string> = {};
    if (!userId) found.userId = r.errors.colleagueRequired;
    if (!reason.trim()) found.reason = r.errors.reasonRequired;
    setFields(found);
    setItems(
      Object.entries(found).map(([name, message]) => ({
        message,
        fieldId: name === 'userId' ? userFieldId : reasonFieldId,
      })),
    );
    if (Object.keys(found).length === 0 && !mutation.isPending)
      mutation.mutate({ userId, reason: reason.trim() });
  };

  return (
    <>
      <ErrorSummary items={items} focusKey={attempt} headingLevel={3} />
      <Form onSubmit={submit} label={label}>
        <Paragraph>{intro}</Paragraph>
        <SelectField
          id={userFieldId}
          label={r.colleague}
          value={userId}
          emptyOption={caseTexts.common.chooseColleague}
          options={candidates.map((c) => ({
            value: c.userId,
            label: `${c.displayName} (${c.organisation.name})`,
          }))}
          onChange={setUserId}
          error={fields.userId}
          required
        />
        <TextAreaField
          id={reasonFieldId}
          label={caseTexts.common.reason}
          value={reason}
          onChange={setReason}
          error={fields.reason}
          rows={3}
          required
        />
        <ButtonGroup>
          <Button type="submit" variant="secondary" busy={mutation.isPending}>
            {submitLabel}
          </Button>
        </ButtonGroup>
      </Form>
    </>
  );
}
