// A question with a few answers, one of which is chosen (NL DS Utrecht Fieldset with radio buttons).
// The first radio button gets `${id}`, so an error summary can link to the group.
import {
  FieldsetLegend,
  FormField,
  FormLabel,
  RadioButton,
  Fieldset as UtrechtFieldset,
} from '@utrecht/component-library-react';
import type { ChangeEvent, ReactNode } from 'react';
import { FieldMessages, fieldMessageIds } from './FieldParts.tsx';

export interface RadioOption {
  value: string;
  label: string;
}

export interface RadioGroupProps {
  id: string;
  legend: ReactNode;
  value: string;
  options: RadioOption[];
  onChange: (value: string) => void;
  description?: ReactNode;
  error?: string;
}

export function RadioGroup({ id, legend, value, options, onChange, description, error }: RadioGroupProps) {
  const { describedBy } = fieldMessageIds(id, description, error);
  return (
    <UtrechtFieldset
      invalid={Boolean(error)}
      aria-describedby={describedBy}
      className="regie-fieldset regie-radio-group"
    >
      <FieldsetLegend>{legend}</FieldsetLegend>
      <FieldMessages
        id={id}
        description={description}
        error={error}
        descriptionClassName="regie-fieldset__description"
      />
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option.value}`;
        return (
          <FormField key={option.value} type="radio">
            <div className="utrecht-form-field__input">
              <RadioButton
                id={optionId}
                name={id}
                value={option.value}
                checked={value === option.value}
                invalid={Boolean(error)}
                onChange={(event: ChangeEvent<HTMLInputElement>) => {
                  if (event.target.checked) onChange(option.value);
                }}
              />
            </div>
            <div className="utrecht-form-field__label utrecht-form-field__label--radio">
              <FormLabel htmlFor={optionId} type="radio" checked={value === option.value}>
                {option.label}
              </FormLabel>
            </div>
          </FormField>
        );
      })}
    </UtrechtFieldset>
  );
}
