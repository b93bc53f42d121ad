// The signal form: checks in the browser first, then the server; every problem is shown at its field and in a
// summary at the top that links to it. On success the caller shows the confirmation and the form starts afresh.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../api/problem.ts';
import {
  fileSignal,
  type SignaalInvoer,
  type SignaalOntvangen,
  signalCategoriesQuery,
} from '../../api/signals.ts';
import type { Municipality } from '../../api/types.ts';
import {
  Button,
  ButtonGroup,
  ErrorMessage,
  ErrorSummary,
  Form,
  Loading,
  type SummaryItem,
} from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
import { todayInAmsterdam } from '../rules/householdForm.ts';
import { SignalFormFields } from './SignalFormFields.tsx';
import {
  emptySignalForm,
  fieldForServerPath,
  SIGNAL_FIELD_IDS,
  SIGNAL_FIELD_ORDER,
  type SignalFormErrors,
  type SignalFormValues,
  toSignalInput,
  validateSignalForm,
} from './signalForm.ts';

const f = t.signals.form;

export interface SignalFormProps {
  /** The municipalities of the user's organisation; a choice is asked only when there is more than one. */
  municipalities: Municipality[];
  onFiled: (answer: SignaalOntvangen, input: SignaalInvoer) => void;
}

function summaryOf(errors: SignalFormErrors, general: string[]): SummaryItem[] {
  const items: SummaryItem[] = SIGNAL_FIELD_ORDER.flatMap((field) => {
    const message = errors[field];
    return message ? [{ message, fieldId: SIGNAL_FIELD_IDS[field] }] : [];
  });
  return [...items, ...general.map((message) => ({ message }))];
}

export function SignalForm({ municipalities, onFiled }: SignalFormProps) {
  const single = municipalities.length === 1 ? (municipalities[0]?.code ?? '') : '';
  const [values, setValues] = useState<SignalFormValues>(() => emptySignalForm(single));
  const [errors, setErrors] = useState<SignalFormErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const queryClient = useQueryClient();
  const gemeente = values.gemeente;
  const categories = useQuery({ ...signalCategoriesQuery(gemeente), enabled: gemeente !== '' });

  const file = useMutation({
    mutationFn: fileSignal,
    onSuccess: (answer, input) => {
      // The partner's own list and the worklists change with a new signal.
      void queryClient.invalidateQueries({ queryKey: ['signals', 'mine'] });
      void queryClient.invalidateQueries({ queryKey: ['signals', 'worklist'] });
      onFiled(answer, input);
    },
    onError: (error) => {
      const fields: SignalFormErrors = {};
      const rest: string[] = [];
      if (error instanceof ApiError && error.fieldErrors.length > 0) {
        for (const problem of error.fieldErrors) {
          const field = fieldForServerPath(problem.path);
          if (field && !fields[field]) fields[field] = problem.message;
          else if (!field) rest.push(problem.message);
        }
      } else {
        rest.push(errorMessage(error));
      }
      setErrors(fields);
      setGeneral(rest);
      setAttempt((n) => n + 1);
    },
  });

  const onChange = <K extends keyof SignalFormValues>(field: K, value: SignalFormValues[K]) => {
    setValues((previous) => {
      const next = { ...previous, [field]: value };
      // A new municipality has its own categories: the old choice may not exist there.
      if (field === 'gemeente' && value !== previous.gemeente) next.categorie = '';
      return next;
    });
  };

  const submit = () => {
    if (file.isPending) return;
    const found = validateSignalForm(values, {
      categories: categories.data?.items ?? [],
      needsMunicipality: municipalities.length > 1,
      today: todayInAmsterdam(),
    });
    setErrors(found);
    setGeneral([]);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length > 0) return;
    file.mutate(toSignalInput(values, categories.data?.items ?? [], gemeente));
  };

  return (
    <>
      <ErrorSummary items={summaryOf(errors, general)} focusKey={attempt} />
      <Form onSubmit={submit} label={f.label} className="regie-signal-form">
        <SignalFormFields
          values={values}
          errors={errors}
          onChange={onChange}
          municipalities={municipalities}
          categories={categories.data?.items}
          categoriesPending={gemeente !== '' && categories.isPending}
        />
        {gemeente !== '' && categories.isPending && <Loading />}
        {categories.isError && (
          <ErrorMessage error={categories.error} onRetry={() => void categories.refetch()} />
        )}
        <ButtonGroup>
          <Button type="submit" variant="primary" busy={file.isPending} className="regie-signal-submit">
            {file.isPending ? f.submitting : f.submit}
          </Button>
        </ButtonGroup>
      </Form>
    </>
  );
}
