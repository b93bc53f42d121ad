// A new ZRM assessment of one adult: the date and a score 1..5 for each of the 13 domains (all required).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { planKeys, recordZrm, type ZrmView } from '../../../api/plans.ts';
import { ApiError, errorMessage } from '../../../api/problem.ts';
import {
  Alert,
  Button,
  ButtonGroup,
  ErrorSummary,
  Form,
  SelectField,
  type SummaryItem,
  TextField,
} from '../../../components/index.ts';
import { todayInAmsterdam } from '../../rules/householdForm.ts';
import { zrmTexts as m } from './texts.ts';
import { validateZrm, zrmFieldId } from './zrm.ts';

export interface ZrmFormProps {
  caseId: string;
  personId: string;
  name: string;
  view: ZrmView;
}

export function ZrmForm({ caseId, personId, name, view }: ZrmFormProps) {
  const queryClient = useQueryClient();
  const [assessedOn, setAssessedOn] = useState(todayInAmsterdam());
  const [scores, setScores] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [items, setItems] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState(false);
  const scaleOptions = view.scale.map((step) => ({
    value: String(step.score),
    label: `${step.score} - ${step.label}`,
  }));

  const show = (found: Record<string, string>, fallback?: string) => {
    setErrors(found);
    const list = Object.entries(found).map(([fieldId, message]) => ({ fieldId, message }));
    setItems(list.length === 0 && fallback ? [{ message: fallback }] : list);
    setAttempt((n) => n + 1);
  };

  const record = useMutation({
    mutationFn: () =>
      recordZrm(caseId, {
        personId,
        assessedOn,
        scores: Object.fromEntries(view.domains.map((d) => [d.code, Number(scores[d.code])])),
      }),
    onSuccess: (next) => {
      setDone(true);
      setScores({});
      show({});
      queryClient.setQueryData(planKeys.zrm(caseId), next);
    },
    onError: (error) => {
      const found: Record<string, string> = {};
      if (error instanceof ApiError) {
        for (const problem of error.fieldErrors) {
          const path = problem.path.replace(/^body\./, '');
          const field = path.startsWith('scores.') ? path.slice('scores.'.length) : path;
          if (field === 'assessedOn' || view.domains.some((d) => d.code === field))
            found[zrmFieldId(personId, field)] ??= problem.message;
        }
      }
      show(found, errorMessage(error));
    },
  });

  const submit = () => {
    setDone(false);
    const found = validateZrm(personId, assessedOn, scores, view.domains, m);
    show(found);
    if (Object.keys(found).length === 0 && !record.isPending) record.mutate();
  };

  return (
    <>
      {done && (
        <Alert type="ok" live="status">
          {m.done}
        </Alert>
      )}
      <ErrorSummary items={items} focusKey={attempt} headingLevel={3} />
      <Form onSubmit={submit} label={`${m.formTitle}: ${name}`}>
        <TextField
          id={zrmFieldId(personId, 'assessedOn')}
          type="date"
          label={m.assessedOn}
          value={assessedOn}
          onChange={setAssessedOn}
          error={errors[zrmFieldId(personId, 'assessedOn')]}
          required
        />
        <div className="regie-zrm-scores">
          {view.domains.map((domain) => {
            const id = zrmFieldId(personId, domain.code);
            return (
              <SelectField
                key={domain.code}
                id={id}
                label={domain.label}
                value={scores[domain.code] ?? ''}
                options={scaleOptions}
                emptyOption="Kies een score"
                onChange={(value) => setScores((old) => ({ ...old, [domain.code]: value }))}
                error={errors[id]}
                required
              />
            );
          })}
        </div>
        <ButtonGroup>
          <Button type="submit" variant="primary" busy={record.isPending}>
            {record.isPending ? m.submitting : m.submit}
          </Button>
        </ButtonGroup>
      </Form>
    </>
  );
}
