// Filter the audit log by period and kind of action.
import { useState } from 'react';
import { Button, ButtonGroup, ErrorSummary, Form, SelectField, TextField } from '../../components/index.ts';
import { t } from '../../i18n/index.ts';

export interface AuditFilterValues {
  from?: string;
  to?: string;
  action?: string;
}

const FROM_ID = 'logboek-vanaf';

/** Action groups: the server filters on the start of the action code ("session" finds session.login etc.). */
const ACTION_OPTIONS = Object.entries(t.auditActionGroups).map(([value, label]) => ({ value, label }));

export interface AuditFiltersProps {
  initial: AuditFilterValues;
  onFilter: (values: AuditFilterValues) => void;
}

export function AuditFilters({ initial, onFilter }: AuditFiltersProps) {
  const [from, setFrom] = useState(initial.from ?? '');
  const [to, setTo] = useState(initial.to ?? '');
  const [action, setAction] = useState(initial.action ?? '');
  const [rangeError, setRangeError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);

  const options =
    action && !ACTION_OPTIONS.some((option) => option.value === action)
      ? [...ACTION_OPTIONS, { value: action, label: action }]
      : ACTION_OPTIONS;

  const submit = () => {
    setAttempt((n) => n + 1);
    if (from && to && from > to) {
      setRangeError(t.audit.invalidRange);
      return;
    }
    setRangeError(undefined);
    onFilter({ from: from || undefined, to: to || undefined, action: action || undefined });
  };

  return (
    <Form onSubmit={submit} label={t.audit.filter}>
      <ErrorSummary
        items={rangeError ? [{ message: rangeError, fieldId: FROM_ID }] : []}
        focusKey={attempt}
      />
      <div className="regie-form-row">
        <TextField
          id={FROM_ID}
          type="date"
          label={t.audit.from}
          value={from}
          onChange={setFrom}
          error={rangeError}
        />
        <TextField id="logboek-tot" type="date" label={t.audit.to} value={to} onChange={setTo} />
        <SelectField
          id="logboek-actie"
          label={t.audit.action}
          value={action}
          onChange={setAction}
          options={options}
          emptyOption={t.audit.allActions}
        />
        <ButtonGroup>
          <Button type="submit" variant="primary">
            {t.audit.filter}
          </Button>
        </ButtonGroup>
      </div>
    </Form>
  );
}
