// One purpose of the register: what it is for, the legal basis, which data, who receives it and how long.
import { DataList, Paragraph, Section, UnorderedList, UnorderedListItem } from '../../../components/index.ts';
import type { ProcessingRegister, RegisterPurpose } from './registerApi.ts';
import { categoryLabels, termText } from './registerFormat.ts';
import { registerTexts as m } from './texts.ts';

function Items({ items }: { items: readonly string[] }) {
  return (
    <UnorderedList>
      {items.map((item) => (
        <UnorderedListItem key={item}>{item}</UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

export function PurposeSection({
  purpose,
  register,
}: {
  purpose: RegisterPurpose;
  register: ProcessingRegister;
}) {
  const retention = [
    ...purpose.retention.map((r) => `${r.label}: ${termText(r)}`),
    ...(purpose.retentionNote ? [purpose.retentionNote] : []),
  ];
  return (
    <Section title={purpose.name} level={3} className="regie-card regie-register-purpose">
      <Paragraph>{purpose.description}</Paragraph>
      <DataList
        entries={[
          { key: 'legal', label: m.legalBases, value: <Items items={purpose.legalBases} /> },
          {
            key: 'categories',
            label: m.categories,
            value: <Items items={categoryLabels(purpose.categories, register)} />,
          },
          { key: 'recipients', label: m.recipients, value: <Items items={purpose.recipients} /> },
          { key: 'retention', label: m.retention, value: <Items items={retention} /> },
        ]}
      />
    </Section>
  );
}
