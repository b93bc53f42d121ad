// One goal of the plan: the life domain (ZRM domain or "Overig"), the goal in the resident's own words, for whom,
// whether it is about the 18-/18+ transition, and its actions.
import { ZRM_DOMAINS } from '../../../../shared/zrm.ts';
import type { PlanAction, PlanGoal, PlanMember } from '../../../api/plans.ts';
import {
  Button,
  ButtonGroup,
  CheckboxField,
  EmptyState,
  Fieldset,
  Heading,
  SelectField,
  TextAreaField,
} from '../../../components/index.ts';
import { ActionFields } from './ActionFields.tsx';
import { ConfirmRemove } from './ConfirmRemove.tsx';
import { newAction, planFieldId } from './planForm.ts';
import { planTexts as m } from './texts.ts';

export const goalDomainOptions = [
  ...ZRM_DOMAINS.map((d) => ({ value: d.code, label: d.label })),
  { value: 'overig', label: 'Overig' },
];

export interface GoalFieldsProps {
  goal: PlanGoal;
  index: number;
  members: PlanMember[];
  errors: Record<string, string>;
  onChange: (goal: PlanGoal) => void;
  onRemove: () => void;
  /** Asks the editor to move focus to this field id after the next render (a new action's first field). */
  onFocusRequest: (fieldId: string) => void;
}

export function GoalFields({
  goal,
  index,
  members,
  errors,
  onChange,
  onRemove,
  onFocusRequest,
}: GoalFieldsProps) {
  const id = (field: string) => planFieldId(`goals.${index}.${field}`);
  const number = index + 1;
  const setAction = (a: number, action: PlanAction) =>
    onChange({ ...goal, actions: goal.actions.map((old, i) => (i === a ? action : old)) });
  const addAction = () => {
    onChange({ ...goal, actions: [...goal.actions, newAction()] });
    onFocusRequest(planFieldId(`goals.${index}.actions.${goal.actions.length}.description`));
  };
  return (
    <Fieldset legend={m.goalLegend(number)} className="regie-plan-goal">
      <SelectField
        id={id('domain')}
        label={m.goal.domain}
        value={goal.domain}
        options={goalDomainOptions}
        emptyOption={m.goal.chooseDomain}
        onChange={(domain) => onChange({ ...goal, domain })}
        error={errors[id('domain')]}
        required
      />
      <TextAreaField
        id={id('text')}
        label={m.goal.text}
        description={m.goal.textHint}
        value={goal.text}
        rows={3}
        onChange={(text) => onChange({ ...goal, text })}
        error={errors[id('text')]}
        required
      />
      <SelectField
        id={id('personId')}
        label={m.goal.person}
        value={goal.personId ?? ''}
        options={members.map((member) => ({ value: member.personId, label: member.name }))}
        emptyOption={m.goal.wholeHousehold}
        onChange={(personId) => onChange({ ...goal, personId: personId || null })}
        error={errors[id('personId')]}
      />
      <CheckboxField
        id={id('transition18')}
        label={m.goal.transition18}
        checked={goal.transition18}
        onChange={(transition18) => onChange({ ...goal, transition18 })}
        error={errors[id('transition18')]}
      />
      <Heading level={4}>{m.actionsTitle}</Heading>
      {goal.actions.length === 0 && <EmptyState>{m.noActions}</EmptyState>}
      {goal.actions.map((action, a) => (
        <ActionFields
          key={action.id}
          action={action}
          goalIndex={index}
          index={a}
          errors={errors}
          onChange={(next) => setAction(a, next)}
          onRemove={() => onChange({ ...goal, actions: goal.actions.filter((_, i) => i !== a) })}
        />
      ))}
      <ButtonGroup>
        <Button variant="secondary" onClick={addAction}>
          {m.action.add(number)}
        </Button>
      </ButtonGroup>
      <ConfirmRemove label={m.goal.remove(number)} onConfirm={onRemove} />
    </Fieldset>
  );
}
