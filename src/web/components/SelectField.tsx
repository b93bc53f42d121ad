// A labelled select (NL DS Utrecht Select) with description and error message.
import { Select, SelectOption } from '@utrecht/component-library-react';
import type { ChangeEvent } from 'react';
import { fieldMessageIds, LabelledField } from './FieldParts.tsx';

export interface SelectFieldOption {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  options: SelectFieldOption[];
  onChange: (value: string) => void;
  /** Text of the first, empty option (e.g. "Alle wijken" or "Kies een organisatie"). */
  emptyOption?: string;
  description?: string;
  error?: string;
  required?: boolean;
}

export function SelectField({
  id,
  label,
  value,
  options,
  onChange,
  emptyOption,
  description,
  error,
  required,
}: SelectFieldProps) {
  const { describedBy } = fieldMessageIds(id, description, error);
  return (
    <LabelledField id={id} label={label} type="select" description={description} error={error}>
      <Select
        id={id}
        name={id}
        value={value}
        onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}
        invalid={Boolean(error)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        required={required}
      >
        {emptyOption !== undefined && <SelectOption value="">{emptyOption}</SelectOption>}
        {options.map((option) => (
          <SelectOption key={option.value} value={option.value}>
            {option.label}
          </SelectOption>
        ))}
      </Select>
    </LabelledField>
  );
}
