// A labelled multi-line text input (NL DS Utrecht Textarea) with description and error message.
// The textarea gets the given id, so an error summary can link to it.
import { Textarea } from '@utrecht/component-library-react';
import type { ChangeEvent } from 'react';
import { fieldMessageIds, LabelledField } from './FieldParts.tsx';

export interface TextAreaFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  description?: string;
  error?: string;
  rows?: number;
  required?: boolean;
}

export function TextAreaField({
  id,
  label,
  value,
  onChange,
  description,
  error,
  rows = 4,
  required,
}: TextAreaFieldProps) {
  const { describedBy } = fieldMessageIds(id, description, error);
  return (
    <LabelledField id={id} label={label} type="text" description={description} error={error}>
      <Textarea
        id={id}
        name={id}
        rows={rows}
        value={value}
        onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
        invalid={Boolean(error)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        required={required}
        aria-required={required ? true : undefined}
      />
    </LabelledField>
  );
}
