// A group of form fields with a legend (NL DS Utrecht Fieldset), e.g. everything about one housemate.
import {
  FieldsetLegend,
  FormFieldDescription,
  Fieldset as UtrechtFieldset,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export interface FieldsetProps {
  legend: ReactNode;
  children: ReactNode;
  description?: ReactNode;
  /** id of the description, so it is read with the group. Defaults to `${id}-description`. */
  id?: string;
  invalid?: boolean;
  className?: string;
}

export function Fieldset({ legend, children, description, id, invalid, className }: FieldsetProps) {
  const descriptionId = description && id ? `${id}-description` : undefined;
  return (
    <UtrechtFieldset
      id={id}
      invalid={invalid}
      aria-describedby={descriptionId}
      className={['regie-fieldset', className].filter(Boolean).join(' ')}
    >
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description && (
        <FormFieldDescription id={descriptionId} className="regie-fieldset__description">
          {description}
        </FormFieldDescription>
      )}
      {children}
    </UtrechtFieldset>
  );
}
