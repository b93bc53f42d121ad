// A checkbox with its label, an optional description and error message (NL DS Utrecht form field checkbox).
// The input gets the given id, so an error summary can link to it.
import { Checkbox, FormField, FormLabel } from '@utrecht/component-library-react';
import type { ChangeEvent, ReactNode } from 'react';
import { FieldMessages, fieldMessageIds } from './FieldParts.tsx';

export interface CheckboxFieldProps {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  description?: ReactNode;
  error?: string;
  disabled?: boolean;
}

export function CheckboxField({
  id,
  label,
  checked,
  onChange,
  description,
  error,
  disabled,
}: CheckboxFieldProps) {
  const { describedBy } = fieldMessageIds(id, description, error);
  return (
    <FormField type="checkbox" invalid={Boolean(error)} className="regie-checkbox-field">
      {/* Box and label are siblings in the form field grid: a long label wraps beside the box, not under it. */}
      <div className="utrecht-form-field__input">
        <Checkbox
          id={id}
          name={id}
          checked={checked}
          onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.checked)}
          invalid={Boolean(error)}
          aria-describedby={describedBy}
          disabled={disabled}
        />
      </div>
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <FormLabel htmlFor={id} type="checkbox" checked={checked} disabled={disabled}>
          {label}
        </FormLabel>
      </div>
      <FieldMessages id={id} description={description} error={error} />
    </FormField>
  );
}
