// One action of a goal: what happens, who does it (a person or an organisation), by when, and how far it is.
import type { ActionStatus, OwnerKind, PlanAction } from '../../../api/plans.ts';
import { Fieldset, SelectField, TextField } from '../../../components/index.ts';
import { ConfirmRemove } from './ConfirmRemove.tsx';
import { planFieldId } from './planForm.ts';
import { actionStatusLabels, planTexts as m, ownerKindLabels } from './texts.ts';

export interface ActionFieldsProps {
  action: PlanAction;
  goalIndex: number;
  index: number;
  errors: Record<string, string>;
  onChange: (action: PlanAction) => void;
  onRemove: () => void;
}

const statusOptions = Object.entries(actionStatusLabels).map(([value, label]) => ({ value, label }));
const ownerOptions = Object.entries(ownerKindLabels).map(([value, label]) => ({ value, label }));

export function ActionFields({ action, goalIndex, index, errors, onChange, onRemove }: ActionFieldsProps) {
  const id = (field: string) => planFieldId(`goals.${goalIndex}.actions.${index}.${field}`);
  const goalNumber = goalIndex + 1;
  const number = index + 1;
  return (
    <Fieldset legend={m.actionLegend(goalNumber, number)} className="regie-plan-action">
      <TextField
        id={id('description')}
        label={m.action.description}
        value={action.description}
        onChange={(description) => onChange({ ...action, description })}
        error={errors[id('description')]}
        required
      />
      <div className="regie-form-row">
        <SelectField
          id={id('owner-kind')}
          label={m.action.ownerKind}
          value={action.owner.kind}
          options={ownerOptions}
          onChange={(kind) => onChange({ ...action, owner: { ...action.owner, kind: kind as OwnerKind } })}
          error={errors[id('owner-kind')]}
        />
        <TextField
          id={id('owner-name')}
          label={m.action.ownerName}
          value={action.owner.name}
          onChange={(name) => onChange({ ...action, owner: { ...action.owner, name } })}
          error={errors[id('owner-name')]}
          required
        />
      </div>
      <div className="regie-form-row">
        <TextField
          id={id('dueOn')}
          type="date"
          label={m.action.dueOn}
          value={action.dueOn ?? ''}
          onChange={(dueOn) => onChange({ ...action, dueOn: dueOn || null })}
          error={errors[id('dueOn')]}
        />
        <SelectField
          id={id('status')}
          label={m.action.status}
          value={action.status}
          options={statusOptions}
          onChange={(status) => onChange({ ...action, status: status as ActionStatus })}
          error={errors[id('status')]}
        />
      </div>
      <ConfirmRemove label={m.action.remove(goalNumber, number)} onConfirm={onRemove} />
    </Fieldset>
  );
}
