// "Noodtoegang" (/noodtoegang): when break-the-glass is allowed, the form to ask for it, and my grants.
import {
  Alert,
  Heading,
  Paragraph,
  Section,
  UnorderedList,
  UnorderedListItem,
} from '../../../components/index.ts';
import { RoleGate } from '../../shell/RoleGate.tsx';
import { usePageTitle } from '../../shell/usePageTitle.ts';
import { GrantForm } from './GrantForm.tsx';
import { MyGrants } from './MyGrants.tsx';
import { breakGlassTexts as m } from './texts.ts';
import './break-glass.css';

export function BreakGlassPage() {
  return (
    <RoleGate page="breakGlass">
      <BreakGlassContent />
    </RoleGate>
  );
}

function BreakGlassContent() {
  usePageTitle(m.title);
  return (
    <>
      <Heading level={1}>{m.title}</Heading>
      <Paragraph lead>{m.intro}</Paragraph>
      <Section title={m.whenTitle}>
        <UnorderedList>
          {m.whenItems.map((item) => (
            <UnorderedListItem key={item}>{item}</UnorderedListItem>
          ))}
        </UnorderedList>
        <Alert type="warning" live="off">
          <Paragraph>{m.whenNot}</Paragraph>
        </Alert>
        <Paragraph>{m.howLong}</Paragraph>
      </Section>
      <Section title={m.formTitle}>
        <GrantForm />
      </Section>
      <MyGrants />
    </>
  );
}
