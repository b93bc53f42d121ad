// Which files the import accepts, and the CSV columns explained.
import { DataTable, Paragraph, Section } from '../../components/index.ts';
import { t } from '../../i18n/index.ts';

const m = t.signalAdmin.import;

type HelpColumn = (typeof m.helpColumns)[number];

export function ImportHelp() {
  return (
    <Section title={m.helpTitle}>
      <Paragraph>{m.helpDdas}</Paragraph>
      <Paragraph>{m.helpCsv}</Paragraph>
      <DataTable<HelpColumn>
        caption={m.helpColumnsCaption}
        captionHidden
        rows={m.helpColumns}
        rowKey={(row) => row.naam}
        columns={[
          { key: 'naam', header: m.helpColumn, rowHeader: true, render: (row) => <code>{row.naam}</code> },
          { key: 'betekenis', header: m.helpMeaning, render: (row) => row.betekenis },
          { key: 'verplicht', header: m.helpRequired, render: (row) => row.verplicht },
        ]}
      />
      <Paragraph>{m.helpTwice}</Paragraph>
    </Section>
  );
}
