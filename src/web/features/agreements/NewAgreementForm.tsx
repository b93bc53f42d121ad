// "Nieuwe afspraak" (beleid, agreement.manage): title, year, the parties from the organisations that work in the
// municipality, and a planned date per phase. A confirm step first (every party sees the new agreement), then the
// server checks everything; its field errors are shown at the fields and in a summary that links to them.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { FieldMessages } from '../../components/FieldParts.tsx';
import {
  Button,
  ButtonGroup,
  CheckboxField,
  Fieldset,
  Form,
  NumberField,
  Paragraph,
  QueryState,
  Section,
  SelectField,
  TextField,
} from '../../components/index.ts';
import {
  type AgreementOptions,
  agreementListQuery,
  agreementOptionsQuery,
  createAgreement,
  type Phase,
} from './api.ts';
import { ConfirmStep } from './ConfirmStep.tsx';
import { PHASES } from './cycle.ts';
import { FormProblems } from './FormProblems.tsx';
import { phaseName, agreementTexts as tx } from './texts.ts';
import { useFormProblems } from './useFormProblems.ts';

const t = tx.newAgreement;
const ID = {
  municipality: 'afspraak-gemeente',
  title: 'afspraak-titel',
  year: 'afspraak-jaar',
  parties: 'afspraak-partijen',
  ...Object.fromEntries(PHASES.map((p) => [`schedule.${p}`, `afspraak-planning-${p}`])),
} as Record<string, string>;

export function NewAgreementForm() {
  const options = useQuery(agreementOptionsQuery);
  return (
    <Section title={t.title}>
      <Paragraph>{t.intro}</Paragraph>
      <QueryState query={options} loadingLabel={t.loading}>
        {(data) => <AgreementFields options={data} />}
      </QueryState>
    </Section>
  );
}

function AgreementFields({ options }: { options: AgreementOptions }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [municipality, setMunicipality] = useState(options.municipalities[0]?.code ?? '');
  const [title, setTitle] = useState('');
  const [year, setYear] = useState('');
  const [parties, setParties] = useState<string[]>([]);
  const [schedule, setSchedule] = useState<Partial<Record<Phase, string>>>({});
  const { errors, general, confirming, setConfirming, attempt, refused } = useFormProblems(Object.keys(ID));
  const organisations = options.municipalities.find((m) => m.code === municipality)?.organisations ?? [];

  const save = useMutation({
    mutationFn: () =>
      createAgreement({
        municipality,
        title,
        // Not a whole number: null, so the server answers with its message at the field.
        year: /^\d+$/.test(year.trim()) ? Number(year.trim()) : (null as unknown as number),
        parties,
        schedule: Object.fromEntries(Object.entries(schedule).filter(([, date]) => date)),
      }),
    onSuccess: (made) => {
      void queryClient.invalidateQueries({ queryKey: agreementListQuery.queryKey });
      void navigate({ to: '/afspraken/$agreementId', params: { agreementId: made.id } });
    },
    onError: refused,
  });

  const toggle = (id: string, on: boolean) =>
    setParties((current) => (on ? [...current, id] : current.filter((p) => p !== id)));

  if (confirming)
    return (
      <ConfirmStep
        text={t.confirmText(title.trim(), year.trim(), parties.length)}
        confirm={t.confirm}
        busy={save.isPending}
        onConfirm={() => save.mutate()}
        onCancel={() => setConfirming(false)}
      />
    );

  return (
    <Form onSubmit={() => setConfirming(true)} label={t.title} className="regie-agreement-form">
      <FormProblems errors={errors} ids={ID} attempt={attempt} general={general} />
      <SelectField
        id={ID.municipality as string}
        label={t.municipality}
        value={municipality}
        options={options.municipalities.map((m) => ({ value: m.code, label: m.name }))}
        onChange={(code) => {
          setMunicipality(code);
          setParties([]);
        }}
        error={errors.municipality}
        required
      />
      <TextField
        id={ID.title as string}
        label={t.name}
        description={t.nameDescription}
        value={title}
        onChange={setTitle}
        error={errors.title}
        required
      />
      <NumberField
        id={ID.year as string}
        label={t.year}
        description={t.yearDescription}
        value={year}
        onChange={setYear}
        error={errors.year}
        required
      />
      <Fieldset legend={t.parties} invalid={Boolean(errors.parties)} className="regie-agreement-parties">
        <FieldMessages
          id={ID.parties as string}
          description={t.partiesDescription}
          error={errors.parties}
          descriptionClassName="regie-fieldset__description"
        />
        {organisations.map((o, i) => (
          <CheckboxField
            key={o.id}
            id={i === 0 ? (ID.parties as string) : `${ID.parties}-${o.id}`}
            label={o.name}
            checked={parties.includes(o.id)}
            onChange={(on) => toggle(o.id, on)}
          />
        ))}
      </Fieldset>
      <Fieldset legend={t.schedule} description={t.scheduleDescription} id="afspraak-planning">
        {PHASES.map((phase) => (
          <TextField
            key={phase}
            id={ID[`schedule.${phase}`] as string}
            type="date"
            label={phaseName(phase)}
            value={schedule[phase] ?? ''}
            onChange={(date) => setSchedule((s) => ({ ...s, [phase]: date }))}
            error={errors[`schedule.${phase}`]}
          />
        ))}
      </Fieldset>
      <ButtonGroup>
        <Button type="submit" variant="primary">
          {t.submit}
        </Button>
      </ButtonGroup>
    </Form>
  );
}
