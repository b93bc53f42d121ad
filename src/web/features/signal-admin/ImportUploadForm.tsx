// Choose the municipality and a file (.json DDAS or .csv), then upload it. The checks here only save a round trip;
// the server validates every row again and reports them.
import { useState } from 'react';
import { errorMessage } from '../../api/problem.ts';
import type { Municipality } from '../../api/types.ts';
import {
  Button,
  ButtonGroup,
  ErrorSummary,
  FileField,
  Form,
  SelectField,
  type SummaryItem,
} from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
import { importFormatOf } from './importProgress.ts';

const m = t.signalAdmin.import;
const MUNICIPALITY_ID = 'import-gemeente';
const FILE_ID = 'import-bestand';

interface Errors {
  gemeente?: string;
  file?: string;
}

export interface ImportUploadFormProps {
  municipalities: Municipality[];
  uploading: boolean;
  /** A failed upload (server or network), shown in the summary. */
  uploadError: unknown;
  attempt: number;
  onUpload: (gemeente: string, file: File) => void;
}

export function ImportUploadForm({
  municipalities,
  uploading,
  uploadError,
  attempt,
  onUpload,
}: ImportUploadFormProps) {
  const [gemeente, setGemeente] = useState(municipalities[0]?.code ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [checks, setChecks] = useState(0);

  const submit = () => {
    if (uploading) return;
    const found: Errors = {};
    if (!gemeente) found.gemeente = m.municipalityRequired;
    if (!file) found.file = m.fileRequired;
    else if (!importFormatOf(file.name)) found.file = m.fileWrongType;
    else if (file.size === 0) found.file = m.fileEmpty;
    setErrors(found);
    setChecks((n) => n + 1);
    if (found.gemeente || found.file || !file) return;
    onUpload(gemeente, file);
  };

  const items: SummaryItem[] = [];
  if (errors.gemeente) items.push({ message: errors.gemeente, fieldId: MUNICIPALITY_ID });
  if (errors.file) items.push({ message: errors.file, fieldId: FILE_ID });
  if (uploadError && items.length === 0) items.push({ message: errorMessage(uploadError) });

  return (
    <Form onSubmit={submit} label={m.formTitle} className="regie-narrow">
      <ErrorSummary items={items} focusKey={checks + attempt} headingLevel={3} />
      <SelectField
        id={MUNICIPALITY_ID}
        label={t.signalAdmin.municipality}
        value={gemeente}
        onChange={setGemeente}
        options={municipalities.map((g) => ({ value: g.code, label: g.name }))}
        error={errors.gemeente}
        required
      />
      <FileField
        id={FILE_ID}
        label={m.file}
        description={m.fileDescription}
        accept=".json,.csv,application/json,text/csv"
        onChange={(next) => {
          setFile(next);
          setErrors((prev) => ({ ...prev, file: undefined }));
        }}
        error={errors.file}
        required
        disabled={uploading}
      />
      <ButtonGroup>
        <Button type="submit" variant="primary" busy={uploading}>
          {uploading ? m.uploading : m.submit}
        </Button>
      </ButtonGroup>
    </Form>
  );
}
