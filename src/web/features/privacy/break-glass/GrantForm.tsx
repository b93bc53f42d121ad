// The noodtoegang form: find the household by BSN or address, give a reason (with a counter) and a duration, then
// a confirm step that says the FG sees the reason. After success a link opens the household page.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../../api/problem.ts';
import {
  Alert,
  Button,
  ButtonGroup,
  ErrorSummary,
  Form,
  Paragraph,
  RadioGroup,
  RouterLink,
  SelectField,
  type SummaryItem,
  TextAreaField,
  TextField,
} from '../../../components/index.ts';
import { formatMoment } from '../../../i18n/format.ts';
import { ConfirmStep } from '../../signal-admin/ConfirmStep.tsx';
import { breakGlassKeys, type GrantCreated, type GrantRequest, requestGrant } from './api.ts';
import {
  emptyGrantForm,
  type FindBy,
  type GrantErrors,
  type GrantField,
  type GrantFormValues,
  HOUR_OPTIONS,
  MIN_REASON_LENGTH,
  reasonLength,
  validateGrantForm,
} from './grantForm.ts';
import { breakGlassTexts as m } from './texts.ts';

const ids: Record<GrantField | 'findBy', string> = {
  findBy: 'noodtoegang-zoeken-met',
  bsn: 'noodtoegang-bsn',
  postcode: 'noodtoegang-postcode',
  huisnummer: 'noodtoegang-huisnummer',
  toevoeging: 'noodtoegang-toevoeging',
  reason: 'noodtoegang-reden',
  hours: 'noodtoegang-uren',
};
const FIELDS: GrantField[] = ['bsn', 'postcode', 'huisnummer', 'toevoeging', 'reason', 'hours'];

/** The server's field errors on our fields; "householdId" and anything unknown become a general message. */
function serverErrors(error: unknown): { fields: GrantErrors; general: string | null } {
  if (!(error instanceof ApiError)) return { fields: {}, general: errorMessage(error) };
  const fields: GrantErrors = {};
  for (const problem of error.fieldErrors) {
    if ((FIELDS as string[]).includes(problem.path)) fields[problem.path as GrantField] ??= problem.message;
  }
  return { fields, general: Object.keys(fields).length > 0 ? null : error.detail };
}

export function GrantForm() {
  const queryClient = useQueryClient();
  const [values, setValues] = useState<GrantFormValues>(emptyGrantForm);
  const [errors, setErrors] = useState<GrantErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState<GrantRequest | null>(null);
  const [granted, setGranted] = useState<GrantCreated | null>(null);

  const ask = useMutation({
    mutationFn: requestGrant,
    onSuccess: async (created) => {
      setPending(null);
      setGranted(created);
      setValues(emptyGrantForm);
      await queryClient.invalidateQueries({ queryKey: breakGlassKeys.mine });
    },
    onError: (error) => {
      // Back to the form, with the server's message next to the field it is about.
      const placed = serverErrors(error);
      setPending(null);
      setErrors(placed.fields);
      setGeneral(placed.general);
      setAttempt((n) => n + 1);
    },
  });

  const set = <K extends keyof GrantFormValues>(key: K, value: GrantFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const submit = () => {
    const checked = validateGrantForm(values);
    setErrors(checked.errors);
    setGeneral(null);
    setAttempt((n) => n + 1);
    if (checked.request) setPending(checked.request);
  };

  if (granted) {
    return (
      <Alert type="ok" live="status">
        <Paragraph>{m.granted(formatMoment(granted.expiresAt))}</Paragraph>
        <ButtonGroup>
          <RouterLink to="/huishoudens/$householdId" params={{ householdId: granted.householdId }}>
            {m.openHousehold}
          </RouterLink>
          <Button variant="subtle" onClick={() => setGranted(null)}>
            {m.another}
          </Button>
        </ButtonGroup>
      </Alert>
    );
  }

  if (pending) {
    return (
      <ConfirmStep
        title={m.confirmTitle}
        text={m.confirmText}
        confirmLabel={m.confirm}
        pendingLabel={m.confirming}
        pending={ask.isPending}
        error={null}
        onConfirm={() => ask.mutate(pending)}
        onCancel={() => setPending(null)}
        level={3}
      />
    );
  }

  const summary: SummaryItem[] = [
    ...(general ? [{ message: general }] : []),
    ...FIELDS.flatMap((field) => {
      const message = errors[field];
      return message ? [{ message, fieldId: ids[field] }] : [];
    }),
  ];
  const length = reasonLength(values.reason);

  return (
    <Form onSubmit={submit} label={m.formTitle}>
      <ErrorSummary items={summary} focusKey={attempt} headingLevel={3} />
      <RadioGroup
        id={ids.findBy}
        legend={m.findBy}
        value={values.findBy}
        onChange={(value) => set('findBy', value as FindBy)}
        options={[
          { value: 'bsn', label: m.byBsn },
          { value: 'adres', label: m.byAddress },
        ]}
      />
      {values.findBy === 'bsn' ? (
        <TextField
          id={ids.bsn}
          label={m.bsn}
          description={m.bsnHint}
          value={values.bsn}
          onChange={(value) => set('bsn', value)}
          error={errors.bsn}
          autoComplete="off"
          spellCheck={false}
          required
        />
      ) : (
        <>
          <TextField
            id={ids.postcode}
            label={m.postcode}
            description={m.postcodeHint}
            value={values.postcode}
            onChange={(value) => set('postcode', value)}
            error={errors.postcode}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            required
          />
          <TextField
            id={ids.huisnummer}
            label={m.huisnummer}
            value={values.huisnummer}
            onChange={(value) => set('huisnummer', value)}
            error={errors.huisnummer}
            autoComplete="off"
            required
          />
          <TextField
            id={ids.toevoeging}
            label={m.toevoeging}
            description={m.toevoegingHint}
            value={values.toevoeging}
            onChange={(value) => set('toevoeging', value)}
            error={errors.toevoeging}
            autoComplete="off"
            spellCheck={false}
          />
        </>
      )}
      <TextAreaField
        id={ids.reason}
        label={m.reason}
        description={m.reasonHint}
        value={values.reason}
        onChange={(value) => set('reason', value)}
        error={errors.reason}
        rows={5}
        required
      />
      <Paragraph className="regie-counter" id={`${ids.reason}-teller`}>
        {m.reasonCounter(length, MIN_REASON_LENGTH)}
      </Paragraph>
      <SelectField
        id={ids.hours}
        label={m.hours}
        value={values.hours}
        onChange={(value) => set('hours', value)}
        options={HOUR_OPTIONS.map((h) => ({ value: String(h), label: m.hoursOption(h) }))}
        error={errors.hours}
        required
      />
      <ButtonGroup>
        <Button type="submit" variant="primary">
          {m.next}
        </Button>
      </ButtonGroup>
    </Form>
  );
}
