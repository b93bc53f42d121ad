// A labelled file input with description and error message (NL DS form field layout; Utrecht has no file input).
import type { ChangeEvent, Ref } from 'react';
import { fieldMessageIds, LabelledField } from './FieldParts.tsx';

export interface FileFieldProps {
  id: string;
  label: string;
  /** e.g. ".json,.csv" */
  accept?: string;
  onChange: (file: File | null) => void;
  description?: string;
  error?: string;
  required?: boolean;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

export function FileField({
  id,
  label,
  accept,
  onChange,
  description,
  error,
  required,
  disabled,
  inputRef,
}: FileFieldProps) {
  const { describedBy } = fieldMessageIds(id, description, error);
  return (
    <LabelledField id={id} label={label} type="text" description={description} error={error}>
      <input
        ref={inputRef}
        id={id}
        name={id}
        type="file"
        className="regie-file-input"
        accept={accept}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.files?.[0] ?? null)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        required={required}
        disabled={disabled}
      />
    </LabelledField>
  );
}
