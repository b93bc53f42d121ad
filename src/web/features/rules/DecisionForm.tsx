// "Besluit vastleggen": after a calculation for a household in Regie, the regisseur picks the claimant and the
// ingangsdatum, confirms (the decision cannot be changed afterwards) and Regie stores the household data, the
// calculation and its explanation with the household. Server errors are shown at their field and in a summary;
// errors about the household data go to the calculator fields above.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import {
  type BijstandsbesluitInvoer,
  bijstandsbesluitenQuery,
  recordBijstandsbesluit,
} from '../../api/decisions.ts';
import { ApiError, errorMessage } from '../../api/problem.ts';
import type { BijstandsnormInvoer, BijstandsnormResultaat } from '../../api/rules.ts';
import type { HouseholdDetail } from '../../api/types.ts';
import {
  Alert,
  Button,
  ButtonGroup,
  ErrorSummary,
  Form,
  Heading,
  Paragraph,
  SelectField,
  type SummaryItem,
  TextField,
} from '../../components/index.ts';
import { formatCalendarDate, formatEuro } from '../../i18n/format.ts';
import { relationLabel, t } from '../../i18n/index.ts';
import { memberName } from './householdPrefill.ts';

const d = t.decisions;

export const DECISION_FIELD_IDS = {
  personId: 'besluit-aanvrager',
  ingangsdatum: 'besluit-ingangsdatum',
} as const;

export interface DecisionFormProps {
  household: HouseholdDetail;
  input: BijstandsnormInvoer;
  result: BijstandsnormResultaat;
  defaultPersonId: string;
  /** The form above changed since the calculation: recording is not possible until it is calculated again. */
  stale: boolean;
  /** The id of the calculator field a `huishouden.…` error path points at. */
  householdFieldIdFor: (path: string) => string | undefined;
  /** Server errors about the household data, by calculator field id (shown at those fields). */
  onHouseholdErrors: (fields: Record<string, string>) => void;
}

function isDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

export function DecisionForm({
  household,
  input,
  result,
  defaultPersonId,
  stale,
  householdFieldIdFor,
  onHouseholdErrors,
}: DecisionFormProps) {
  const [personId, setPersonId] = useState(defaultPersonId);
  const [ingangsdatum, setIngangsdatum] = useState(input.peildatum);
  const [confirming, setConfirming] = useState(false);
  const [items, setItems] = useState<SummaryItem[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof typeof DECISION_FIELD_IDS, string>>>(
    {},
  );
  const [attempt, setAttempt] = useState(0);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const submitButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      submitButton.current?.focus();
    }
  }, [confirming]);

  const record = useMutation({
    mutationFn: (body: BijstandsbesluitInvoer) => recordBijstandsbesluit(household.id, body),
    onSuccess: async () => {
      // Drop the cached list so the household page loads it afresh (and shows "loading", not the old list).
      queryClient.removeQueries({ queryKey: bijstandsbesluitenQuery(household.id).queryKey });
      await navigate({
        to: '/huishoudens/$householdId',
        params: { householdId: household.id },
        search: { melding: 'besluit-vastgelegd' },
      });
    },
    onError: (error) => {
      setConfirming(false);
      const own: typeof fieldErrors = {};
      const householdFields: Record<string, string> = {};
      const found: SummaryItem[] = [];
      if (error instanceof ApiError && error.status === 400 && error.fieldErrors.length > 0) {
        for (const problem of error.fieldErrors) {
          if (problem.path === 'personId' || problem.path.startsWith('personId.')) {
            own.personId = own.personId ? `${own.personId} ${problem.message}` : problem.message;
            found.push({ message: problem.message, fieldId: DECISION_FIELD_IDS.personId });
          } else if (problem.path === 'ingangsdatum' || problem.path.startsWith('huishouden.peildatum')) {
            // The server calculates on the ingangsdatum: a problem with that day belongs to this field.
            own.ingangsdatum = own.ingangsdatum ? `${own.ingangsdatum} ${problem.message}` : problem.message;
            found.push({ message: problem.message, fieldId: DECISION_FIELD_IDS.ingangsdatum });
          } else if (problem.path.startsWith('huishouden')) {
            const fieldId = householdFieldIdFor(problem.path.replace(/^huishouden\.?/, ''));
            if (fieldId) {
              householdFields[fieldId] = householdFields[fieldId]
                ? `${householdFields[fieldId]} ${problem.message}`
                : problem.message;
            }
            found.push({ message: problem.message, fieldId });
          } else {
            found.push({ message: problem.message });
          }
        }
      } else {
        found.push({ message: errorMessage(error) });
      }
      setFieldErrors(own);
      onHouseholdErrors(householdFields);
      setItems(found);
      setAttempt((n) => n + 1);
    },
  });

  const members = household.members;
  const person = members.find((m) => m.id === personId);

  const submit = () => {
    if (stale) return;
    const own: typeof fieldErrors = {};
    if (!personId) own.personId = d.errors.personRequired;
    if (!ingangsdatum.trim()) own.ingangsdatum = d.errors.ingangsdatumRequired;
    else if (!isDate(ingangsdatum.trim())) own.ingangsdatum = d.errors.dateInvalid;
    setFieldErrors(own);
    const found: SummaryItem[] = [];
    if (own.personId) found.push({ message: own.personId, fieldId: DECISION_FIELD_IDS.personId });
    if (own.ingangsdatum) found.push({ message: own.ingangsdatum, fieldId: DECISION_FIELD_IDS.ingangsdatum });
    setItems(found);
    setAttempt((n) => n + 1);
    if (found.length === 0) setConfirming(true);
  };

  const cancel = () => {
    returnFocus.current = true;
    setConfirming(false);
  };

  const send = () => {
    if (record.isPending) return;
    record.mutate({ personId, ingangsdatum: ingangsdatum.trim(), huishouden: input });
  };

  if (stale) {
    return (
      <Alert type="warning" live="off">
        <Paragraph>{d.stale}</Paragraph>
      </Alert>
    );
  }

  return (
    <>
      <ErrorSummary items={items} focusKey={attempt} headingLevel={3} />
      <Form onSubmit={submit} label={d.formLabel} className="regie-rules-form">
        <SelectField
          id={DECISION_FIELD_IDS.personId}
          label={d.person}
          description={d.personDescription}
          value={personId}
          onChange={(value) => {
            setPersonId(value);
            setConfirming(false);
          }}
          emptyOption={d.choosePerson}
          options={members.map((m) => ({
            value: m.id,
            label: d.memberOption(
              memberName(m),
              formatCalendarDate(m.geboortedatum),
              relationLabel(m.relation),
            ),
          }))}
          error={fieldErrors.personId}
          required
        />
        <TextField
          id={DECISION_FIELD_IDS.ingangsdatum}
          type="date"
          label={d.ingangsdatum}
          description={d.ingangsdatumDescription}
          value={ingangsdatum}
          onChange={(value) => {
            setIngangsdatum(value);
            setConfirming(false);
          }}
          error={fieldErrors.ingangsdatum}
          required
        />
        {!confirming && (
          <ButtonGroup>
            <Button type="submit" variant="primary" ref={submitButton}>
              {d.submit}
            </Button>
          </ButtonGroup>
        )}
      </Form>
      {confirming && (
        <Alert type="warning" live="off" className="regie-decision-confirm">
          <Heading level={3} ref={confirmHeading} tabIndex={-1}>
            {d.confirmTitle}
          </Heading>
          <Paragraph>{d.confirmText}</Paragraph>
          {ingangsdatum.trim() === result.peildatum ? (
            <Paragraph>
              {d.confirmSummary(
                formatEuro(result.totaalCent),
                formatCalendarDate(ingangsdatum.trim()),
                person ? memberName(person) : '',
              )}
            </Paragraph>
          ) : (
            <Paragraph>
              {d.confirmOtherDate(
                formatCalendarDate(ingangsdatum.trim()),
                formatCalendarDate(result.peildatum),
                person ? memberName(person) : '',
              )}
            </Paragraph>
          )}
          <ButtonGroup>
            <Button variant="primary" onClick={send} busy={record.isPending}>
              {record.isPending ? d.confirming : d.confirm}
            </Button>
            <Button variant="secondary" onClick={cancel} disabled={record.isPending}>
              {d.cancel}
            </Button>
          </ButtonGroup>
        </Alert>
      )}
    </>
  );
}
