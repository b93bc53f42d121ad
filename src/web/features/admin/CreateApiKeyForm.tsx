// Form to make a new API key for one organisation. The key itself comes back once (see NewApiKeyNotice).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { adminOrganisationsQuery, apiKeysQueryKey, createApiKey } from '../../api/admin.ts';
import { ApiError, errorMessage } from '../../api/problem.ts';
import type { CreatedApiKey } from '../../api/types.ts';
import {
  Button,
  ButtonGroup,
  ErrorSummary,
  Form,
  SelectField,
  type SummaryItem,
  TextField,
} from '../../components/index.ts';
import { t } from '../../i18n/index.ts';

const NAME_ID = 'api-sleutel-naam';
const ORGANISATION_ID = 'api-sleutel-organisatie';

interface Errors {
  name?: string;
  organisationId?: string;
  general?: string;
}

function errorsFromFailure(error: unknown): Errors {
  if (error instanceof ApiError && error.fieldErrors.length > 0) {
    const errors: Errors = {};
    for (const field of error.fieldErrors) {
      if (field.path === 'name') errors.name = field.message;
      else if (field.path === 'organisationId') errors.organisationId = field.message;
      else errors.general = field.message;
    }
    return errors;
  }
  return { general: errorMessage(error) };
}

export function CreateApiKeyForm({ onCreated }: { onCreated: (key: CreatedApiKey, name: string) => void }) {
  const queryClient = useQueryClient();
  const organisations = useQuery(adminOrganisationsQuery({ page: 1, pageSize: 100 }));
  const [name, setName] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);

  const create = useMutation({
    mutationFn: createApiKey,
    onSuccess: async (created, input) => {
      setName('');
      setOrganisationId('');
      setErrors({});
      onCreated(created, input.name);
      await queryClient.invalidateQueries({ queryKey: apiKeysQueryKey });
    },
    onError: (error) => {
      setErrors(errorsFromFailure(error));
      setAttempt((n) => n + 1);
    },
  });

  const submit = () => {
    if (create.isPending) return;
    const found: Errors = {};
    if (!organisationId) found.organisationId = t.apiKeys.organisationRequired;
    if (!name.trim()) found.name = t.apiKeys.nameRequired;
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.name || found.organisationId) return;
    create.mutate({ organisationId, name: name.trim() });
  };

  const items: SummaryItem[] = [];
  if (errors.general) items.push({ message: errors.general });
  if (errors.organisationId) items.push({ message: errors.organisationId, fieldId: ORGANISATION_ID });
  if (errors.name) items.push({ message: errors.name, fieldId: NAME_ID });

  return (
    <Form onSubmit={submit} label={t.apiKeys.createTitle}>
      <ErrorSummary items={items} focusKey={attempt} headingLevel={3} />
      <SelectField
        id={ORGANISATION_ID}
        label={t.apiKeys.organisation}
        value={organisationId}
        onChange={setOrganisationId}
        emptyOption={t.apiKeys.chooseOrganisation}
        options={(organisations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
        error={errors.organisationId}
        required
      />
      <TextField
        id={NAME_ID}
        label={t.apiKeys.name}
        description={t.apiKeys.nameDescription}
        value={name}
        onChange={setName}
        error={errors.name}
        autoComplete="off"
        required
      />
      <ButtonGroup>
        <Button type="submit" variant="primary" busy={create.isPending}>
          {create.isPending ? t.apiKeys.creating : t.apiKeys.create}
        </Button>
      </ButtonGroup>
    </Form>
  );
}
