// Choose which municipality's figures to show (only when the organisation works for more than one).
import type { Municipality } from '../../api/types.ts';
import { SelectField } from '../../components/index.ts';
import { t } from '../../i18n/index.ts';

export interface MunicipalityPickerProps {
  id: string;
  municipalities: Municipality[];
  value: string;
  onChange: (code: string) => void;
}

export function MunicipalityPicker({ id, municipalities, value, onChange }: MunicipalityPickerProps) {
  if (municipalities.length < 2) return null;
  return (
    <SelectField
      id={id}
      label={t.population.municipality}
      value={value}
      onChange={onChange}
      options={municipalities.map((m) => ({ value: m.code, label: m.name }))}
    />
  );
}
