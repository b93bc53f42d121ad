// The fields of the calculator form: peildatum, the claimant, the partner, children and a list of housemates that
// grows and shrinks. Adding a housemate moves focus to its first field; removing one says so and moves focus to
// the "add" button, so keyboard and screen reader users do not lose their place.
import { useEffect, useRef, useState } from 'react';
import {
  Button,
  ButtonGroup,
  CheckboxField,
  EmptyState,
  Fieldset,
  Heading,
  NumberField,
  Paragraph,
  RadioGroup,
  TextField,
} from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
import {
  emptyPerson,
  FIELD_IDS,
  type HouseholdForm,
  MAX_MEDEBEWONERS,
  type PersonRow,
  personFieldId,
  personLabel,
  rowPrefix,
} from './householdForm.ts';
import { PersonFields } from './PersonFields.tsx';

export interface HouseholdFieldsProps {
  form: HouseholdForm;
  onChange: (form: HouseholdForm) => void;
  errors: Record<string, string>;
}

export function HouseholdFields({ form, onChange, errors }: HouseholdFieldsProps) {
  const [announcement, setAnnouncement] = useState('');
  const focusAfterRender = useRef<string | null>(null);

  useEffect(() => {
    const id = focusAfterRender.current;
    if (!id) return;
    focusAfterRender.current = null;
    document.getElementById(id)?.focus();
  });

  const set = <K extends keyof HouseholdForm>(field: K, value: HouseholdForm[K]) =>
    onChange({ ...form, [field]: value });

  const updateRow = (row: PersonRow) =>
    set(
      'medebewoners',
      form.medebewoners.map((r) => (r.key === row.key ? row : r)),
    );

  const addRow = () => {
    if (form.medebewoners.length >= MAX_MEDEBEWONERS) return;
    const row = emptyPerson();
    focusAfterRender.current = personFieldId(rowPrefix(row), 'naam');
    setAnnouncement(t.rules.added(personLabel(form.medebewoners.length, '')));
    set('medebewoners', [...form.medebewoners, row]);
  };

  const removeRow = (index: number) => {
    const row = form.medebewoners[index];
    if (!row) return;
    focusAfterRender.current = FIELD_IDS.addMedebewoner;
    setAnnouncement(t.rules.removed(personLabel(index, row.naam)));
    set(
      'medebewoners',
      form.medebewoners.filter((r) => r.key !== row.key),
    );
  };

  const full = form.medebewoners.length >= MAX_MEDEBEWONERS;

  return (
    <>
      <TextField
        id={FIELD_IDS.peildatum}
        type="date"
        label={t.rules.peildatum}
        description={t.rules.peildatumDescription}
        value={form.peildatum}
        onChange={(value) => set('peildatum', value)}
        error={errors[FIELD_IDS.peildatum]}
        required
      />
      <Fieldset legend={t.rules.aanvragerLegend}>
        <TextField
          id={FIELD_IDS.aanvragerGeboortedatum}
          type="date"
          label={t.rules.aanvragerGeboortedatum}
          value={form.aanvragerGeboortedatum}
          onChange={(value) => set('aanvragerGeboortedatum', value)}
          error={errors[FIELD_IDS.aanvragerGeboortedatum]}
          required
        />
        <CheckboxField
          id={FIELD_IDS.mantelzorgElders}
          label={t.rules.mantelzorgElders}
          description={t.rules.mantelzorgEldersDescription}
          checked={form.mantelzorgElders}
          onChange={(checked) => set('mantelzorgElders', checked)}
          error={errors[FIELD_IDS.mantelzorgElders]}
        />
      </Fieldset>
      <RadioGroup
        id={FIELD_IDS.heeftPartner}
        legend={t.rules.partnerLegend}
        description={t.rules.partnerDescription}
        value={form.heeftPartner}
        onChange={(value) => set('heeftPartner', value === 'ja' ? 'ja' : 'nee')}
        options={[
          { value: 'nee', label: t.rules.no },
          { value: 'ja', label: t.rules.yes },
        ]}
        error={errors[FIELD_IDS.heeftPartner]}
      />
      {form.heeftPartner === 'ja' && (
        <TextField
          id={FIELD_IDS.partnerGeboortedatum}
          type="date"
          label={t.rules.partnerGeboortedatum}
          value={form.partnerGeboortedatum}
          onChange={(value) => set('partnerGeboortedatum', value)}
          error={errors[FIELD_IDS.partnerGeboortedatum]}
          required
        />
      )}
      <NumberField
        id={FIELD_IDS.kinderenOnder18}
        label={t.rules.kinderen}
        description={t.rules.kinderenDescription}
        value={form.kinderenOnder18}
        onChange={(value) => set('kinderenOnder18', value)}
        error={errors[FIELD_IDS.kinderenOnder18]}
        required
      />
      <div className="regie-stack regie-rules-housemates">
        <Heading level={2}>{t.rules.medebewonersTitle}</Heading>
        <Paragraph>{t.rules.medebewonersIntro}</Paragraph>
        {form.medebewoners.length === 0 && <EmptyState>{t.rules.medebewonersEmpty}</EmptyState>}
        {form.medebewoners.map((row, index) => (
          <Fieldset
            key={row.key}
            className="regie-rules-person"
            legend={t.rules.medebewonerLegend(index + 1, row.naam.trim())}
          >
            <PersonFields prefix={rowPrefix(row)} person={row} onChange={updateRow} errors={errors} />
            <ButtonGroup>
              <Button variant="secondary" onClick={() => removeRow(index)}>
                {t.rules.removeMedebewoner(personLabel(index, row.naam))}
              </Button>
            </ButtonGroup>
          </Fieldset>
        ))}
        <ButtonGroup>
          <Button
            id={FIELD_IDS.addMedebewoner}
            variant="secondary"
            onClick={addRow}
            disabled={full}
            aria-describedby={full ? `${FIELD_IDS.addMedebewoner}-max` : undefined}
          >
            {t.rules.addMedebewoner}
          </Button>
        </ButtonGroup>
        {full && (
          <Paragraph id={`${FIELD_IDS.addMedebewoner}-max`}>
            {t.rules.maxMedebewoners(MAX_MEDEBEWONERS)}
          </Paragraph>
        )}
        <p role="status" className="regie-visually-hidden">
          {announcement}
        </p>
      </div>
    </>
  );
}
