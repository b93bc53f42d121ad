// Add or change a provision: law, product (with the free reference for "another law"), for whom, period, extent,
// status, the decision (date and legal basis article) and the plan goals it serves.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../../api/client.ts';
import {
  createProvision,
  type PlanGoal,
  type PlanMember,
  type Provision,
  planKeys,
  updateProvision,
} from '../../../api/plans.ts';
import { ApiError, errorMessage } from '../../../api/problem.ts';
import {
  Button,
  ButtonGroup,
  CheckboxField,
  ErrorSummary,
  Fieldset,
  Form,
  Paragraph,
  SelectField,
  type SummaryItem,
  TextField,
} from '../../../components/index.ts';
import { lawLabels, laws } from '../labels.ts';
import {
  costFieldTexts as cm,
  costUnits,
  emptyProvision,
  extentPers,
  inputOf,
  type ProvisionValues,
  provisionErrorsFromServer,
  provisionFieldId,
  validateProvision,
  valuesOf,
} from './provisionForm.ts';
import { provisionTexts as m, provisionStatuses, provisionStatusLabels } from './texts.ts';

export interface ProvisionFormProps {
  caseId: string;
  /** The provision to change; without it the form adds a new one. */
  provision?: Provision;
  goals: PlanGoal[];
  members: PlanMember[];
  today: string;
  onDone: (message: string) => void;
  onCancel?: () => void;
  /** Prefix of the field ids (unique per form on the page). */
  idPrefix: string;
}

const lawOptions = laws.map((law) => ({ value: law, label: lawLabels[law] }));
/** Organisations working in the user's municipalities that can deliver a provision (no personal data). */
const providersQuery = queryOptions({
  queryKey: ['providers'] as const,
  queryFn: ({ signal }) =>
    api.get<{ items: { id: string; name: string }[] }>('/api/v1/providers', undefined, signal),
  staleTime: 10 * 60 * 1000,
});
const unitOptions = costUnits.map((value) => ({ value, label: value }));
const perOptions = extentPers.map((value) => ({ value, label: cm.perLabels[value] ?? value }));

const statusOptions = provisionStatuses.map((value) => ({
  value,
  label: provisionStatusLabels[value] ?? value,
}));

export function ProvisionForm({
  caseId,
  provision,
  goals,
  members,
  today,
  onDone,
  onCancel,
  idPrefix,
}: ProvisionFormProps) {
  const fid = (field: string) => provisionFieldId(field, idPrefix);
  const queryClient = useQueryClient();
  const providers = useQuery(providersQuery);
  const [values, setValues] = useState<ProvisionValues>(() =>
    provision ? valuesOf(provision) : emptyProvision(today),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [items, setItems] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const set = <K extends keyof ProvisionValues>(key: K, value: ProvisionValues[K]) =>
    setValues((old) => ({ ...old, [key]: value }));

  const show = (fields: Record<string, string>, rest: string[] = []) => {
    setErrors(fields);
    setItems([
      ...Object.entries(fields).map(([fieldId, message]) => ({ fieldId, message })),
      ...rest.map((message) => ({ message })),
    ]);
    setAttempt((n) => n + 1);
  };

  const save = useMutation({
    mutationFn: () =>
      provision
        ? updateProvision(caseId, provision.id, inputOf(values))
        : createProvision(caseId, inputOf(values)),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: planKeys.provisions(caseId) });
      if (!provision) setValues(emptyProvision(today));
      show({});
      onDone(provision ? m.updated : m.created);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.fieldErrors.length > 0) {
        const { fields, rest } = provisionErrorsFromServer(error.fieldErrors, idPrefix);
        show(fields, rest);
      } else show({}, [errorMessage(error)]);
    },
  });

  const submit = () => {
    const found = validateProvision(values, idPrefix);
    show(found);
    if (Object.keys(found).length === 0 && !save.isPending) save.mutate();
  };

  const savedGoals = goals.filter((goal) => goal.text.trim());
  return (
    <>
      <ErrorSummary items={items} focusKey={attempt} headingLevel={3} />
      <Form onSubmit={submit} label={provision ? m.editTitle(provision.product) : m.addTitle}>
        <SelectField
          id={fid('law')}
          label={m.fields.law}
          value={values.law}
          options={lawOptions}
          emptyOption={m.fields.chooseLaw}
          onChange={(law) => set('law', law)}
          error={errors[fid('law')]}
          required
        />
        {values.law === 'overig' && (
          <TextField
            id={fid('reference')}
            label={m.fields.reference}
            description={m.fields.referenceHint}
            value={values.reference}
            onChange={(reference) => set('reference', reference)}
            error={errors[fid('reference')]}
            required
          />
        )}
        <TextField
          id={fid('product')}
          label={m.fields.product}
          description={m.fields.productHint}
          value={values.product}
          onChange={(product) => set('product', product)}
          error={errors[fid('product')]}
          required
        />
        <SelectField
          id={fid('personId')}
          label={m.fields.person}
          value={values.personId}
          options={members.map((member) => ({ value: member.personId, label: member.name }))}
          emptyOption={m.household}
          onChange={(personId) => set('personId', personId)}
          error={errors[fid('personId')]}
        />
        <div className="regie-form-row">
          <TextField
            id={fid('startDate')}
            type="date"
            label={m.fields.startDate}
            value={values.startDate}
            onChange={(startDate) => set('startDate', startDate)}
            error={errors[fid('startDate')]}
            required
          />
          <TextField
            id={fid('endDate')}
            type="date"
            label={m.fields.endDate}
            value={values.endDate}
            onChange={(endDate) => set('endDate', endDate)}
            error={errors[fid('endDate')]}
          />
        </div>
        <TextField
          id={fid('extent')}
          label={m.fields.extent}
          description={m.fields.extentHint}
          value={values.extent}
          onChange={(extent) => set('extent', extent)}
          error={errors[fid('extent')]}
        />
        <Fieldset legend={cm.legend} id={fid('extent-cost')}>
          <Paragraph small>{cm.hint}</Paragraph>
          <div className="regie-form-row">
            <TextField
              id={fid('extentQuantity')}
              label={cm.quantity}
              value={values.extentQuantity}
              onChange={(extentQuantity) => set('extentQuantity', extentQuantity)}
              error={errors[fid('extentQuantity')]}
            />
            <SelectField
              id={fid('extentUnit')}
              label={cm.unit}
              value={values.extentUnit}
              options={unitOptions}
              emptyOption={cm.chooseUnit}
              onChange={(extentUnit) => set('extentUnit', extentUnit)}
              error={errors[fid('extentUnit')]}
            />
            <SelectField
              id={fid('extentPer')}
              label={cm.per}
              value={values.extentPer}
              options={perOptions}
              emptyOption={cm.choosePer}
              onChange={(extentPer) => set('extentPer', extentPer)}
              error={errors[fid('extentPer')]}
            />
          </div>
        </Fieldset>
        <SelectField
          id={fid('providerId')}
          label={cm.provider}
          value={values.providerId}
          options={(providers.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
          emptyOption={cm.noProvider}
          onChange={(providerId) => set('providerId', providerId)}
          error={errors[fid('providerId')]}
        />
        <SelectField
          id={fid('status')}
          label={m.fields.status}
          value={values.status}
          options={statusOptions}
          emptyOption={m.fields.chooseStatus}
          onChange={(status) => set('status', status)}
          error={errors[fid('status')]}
          required
        />
        <div className="regie-form-row">
          <TextField
            id={fid('decidedOn')}
            type="date"
            label={m.fields.decidedOn}
            value={values.decidedOn}
            onChange={(decidedOn) => set('decidedOn', decidedOn)}
            error={errors[fid('decidedOn')]}
          />
          <TextField
            id={fid('legalBasis')}
            label={m.fields.legalBasis}
            description={m.fields.legalBasisHint}
            value={values.legalBasis}
            onChange={(legalBasis) => set('legalBasis', legalBasis)}
            error={errors[fid('legalBasis')]}
          />
        </div>
        <Fieldset legend={m.fields.goals} id={fid('goalIds')} invalid={Boolean(errors[fid('goalIds')])}>
          {errors[fid('goalIds')] && (
            <Paragraph className="utrecht-form-field-error-message">{errors[fid('goalIds')]}</Paragraph>
          )}
          {savedGoals.length === 0 ? (
            <Paragraph>{m.fields.noGoals}</Paragraph>
          ) : (
            savedGoals.map((goal) => (
              <CheckboxField
                key={goal.id}
                id={fid(`goal-${goal.id}`)}
                label={goal.text}
                checked={values.goalIds.includes(goal.id)}
                onChange={(checked) =>
                  set(
                    'goalIds',
                    checked ? [...values.goalIds, goal.id] : values.goalIds.filter((id) => id !== goal.id),
                  )
                }
              />
            ))
          )}
        </Fieldset>
        <ButtonGroup>
          <Button type="submit" variant="primary" busy={save.isPending}>
            {save.isPending ? m.submitting : m.submit}
          </Button>
          {onCancel && (
            <Button variant="subtle" onClick={onCancel}>
              {m.cancel}
            </Button>
          )}
        </ButtonGroup>
      </Form>
    </>
  );
}
