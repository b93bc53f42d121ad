// The register's tables: data categories with their database tables, retention terms, and non-personal tables.
import { DataTable, Paragraph, Section } from '../../../components/index.ts';
import type { ProcessingRegister } from './registerApi.ts';
import { categoryRetention, lawText, termText } from './registerFormat.ts';
import { registerTexts as m } from './texts.ts';

function Lines({ lines }: { lines: readonly string[] }) {
  return (
    <>
      {lines.map((line, i) => (
        // Several terms in one cell: one per line, in the order of the register.
        <span key={line} className="regie-register-line">
          {i > 0 ? ' ' : null}
          {line}
        </span>
      ))}
    </>
  );
}

export function CategoriesTable({ register }: { register: ProcessingRegister }) {
  return (
    <Section title={m.categoriesTitle}>
      <Paragraph>{m.categoriesIntro}</Paragraph>
      <DataTable
        caption={m.categoriesCaption}
        captionHidden
        stacked
        rows={register.categories}
        rowKey={(c) => c.code}
        columns={[
          { key: 'label', header: m.colCategory, rowHeader: true, render: (c) => c.label },
          { key: 'description', header: m.colDescription, render: (c) => c.description },
          { key: 'law', header: m.colLaw, render: (c) => lawText(c.law) },
          { key: 'special', header: m.colSpecial, render: (c) => (c.special ? m.yes : m.no) },
          {
            key: 'tables',
            header: m.colTables,
            render: (c) => <code className="regie-register-tables">{c.tables.join(', ')}</code>,
          },
          {
            key: 'retention',
            header: m.colRetention,
            render: (c) => <Lines lines={categoryRetention(c, register)} />,
          },
        ]}
      />
    </Section>
  );
}

export function RetentionTable({ register }: { register: ProcessingRegister }) {
  return (
    <Section title={m.retentionTitle}>
      <Paragraph>{m.retentionIntro}</Paragraph>
      <DataTable
        caption={m.retentionCaption}
        captionHidden
        stacked
        rows={register.retentionCategories}
        rowKey={(r) => r.code}
        columns={[
          { key: 'label', header: m.colKind, rowHeader: true, render: (r) => r.label },
          { key: 'term', header: m.colTerm, render: (r) => termText(r) },
          {
            key: 'where',
            header: m.colWhere,
            render: (r) => (r.source === 'signal_settings' ? m.whereSignal : m.whereRetention),
          },
        ]}
      />
    </Section>
  );
}

export function NonPersonalTable({ register }: { register: ProcessingRegister }) {
  return (
    <Section title={m.nonPersonalTitle}>
      <Paragraph>{m.nonPersonalIntro}</Paragraph>
      <DataTable
        caption={m.nonPersonalCaption}
        captionHidden
        stacked
        rows={register.nonPersonalTables}
        rowKey={(r) => r.table}
        columns={[
          { key: 'table', header: m.colTable, rowHeader: true, render: (r) => <code>{r.table}</code> },
          { key: 'reason', header: m.colReason, render: (r) => r.reason },
        ]}
      />
    </Section>
  );
}
