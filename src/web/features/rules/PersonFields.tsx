// The fields of one housemate: name or description, birth date, relation and the four situations of art. 19a/22a.
// Used for every row of the household form and for the person who moves in in the what-if.
import { RELATIES } from '../../api/rules.ts';
import { CheckboxField, Fieldset, SelectField, TextField } from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
import { type PersonField, type PersonRow, personFieldId } from './householdForm.ts';
import { relatieLabel } from './labels.ts';

export interface PersonFieldsProps {
  /** Prefix of the field ids, e.g. "bijstand-mb3" or "wat-als-nieuw". */
  prefix: string;
  person: PersonRow;
  onChange: (person: PersonRow) => void;
  /** Field id → message. */
  errors: Record<string, string>;
}

const RELATIE_OPTIONS = RELATIES.map((value) => ({ value, label: relatieLabel(value) }));

export function PersonFields({ prefix, person, onChange, errors }: PersonFieldsProps) {
  const id = (field: PersonField) => personFieldId(prefix, field);
  const set = <K extends PersonField>(field: K, value: PersonRow[K]) =>
    onChange({ ...person, [field]: value });
  return (
    <>
      <TextField
        id={id('naam')}
        label={t.rules.naam}
        description={t.rules.naamDescription}
        value={person.naam}
        onChange={(value) => set('naam', value)}
        error={errors[id('naam')]}
        autoComplete="off"
      />
      <TextField
        id={id('geboortedatum')}
        type="date"
        label={t.rules.geboortedatum}
        value={person.geboortedatum}
        onChange={(value) => set('geboortedatum', value)}
        error={errors[id('geboortedatum')]}
        required
      />
      <SelectField
        id={id('relatie')}
        label={t.rules.relatie}
        description={t.rules.relatieDescription}
        value={person.relatie}
        onChange={(value) => set('relatie', value as PersonRow['relatie'])}
        emptyOption={t.rules.chooseRelatie}
        options={RELATIE_OPTIONS}
        error={errors[id('relatie')]}
        required
      />
      <Fieldset
        id={`${prefix}-situatie`}
        legend={t.rules.situatieLegend}
        description={t.rules.situatieDescription}
      >
        <CheckboxField
          id={id('commercieleHuur')}
          label={t.rules.commercieleHuur}
          description={t.rules.commercieleHuurDescription}
          checked={person.commercieleHuur}
          onChange={(checked) => set('commercieleHuur', checked)}
          error={errors[id('commercieleHuur')]}
        />
        <CheckboxField
          id={id('studiefinanciering')}
          label={t.rules.studiefinanciering}
          description={t.rules.studiefinancieringDescription}
          checked={person.studiefinanciering}
          onChange={(checked) => set('studiefinanciering', checked)}
          error={errors[id('studiefinanciering')]}
        />
        <CheckboxField
          id={id('bbl')}
          label={t.rules.bbl}
          checked={person.bbl}
          onChange={(checked) => set('bbl', checked)}
          error={errors[id('bbl')]}
        />
        <CheckboxField
          id={id('mantelzorg')}
          label={t.rules.mantelzorg}
          description={t.rules.mantelzorgDescription}
          checked={person.mantelzorg}
          onChange={(checked) => set('mantelzorg', checked)}
          error={errors[id('mantelzorg')]}
        />
      </Fieldset>
    </>
  );
}
