// Start page sections for the signal pages: a short line and a link, so the way in is one tap away.
import { Paragraph, RouterLink, Section } from '../../components/index.ts';
import { t } from '../../i18n/index.ts';

const s = t.signals.start;

export function SignalFormSummary() {
  return (
    <Section title={s.formTitle}>
      <Paragraph>{s.formIntro}</Paragraph>
      <Paragraph>
        <RouterLink to="/signalen/nieuw">{t.signals.form.title}</RouterLink>
      </Paragraph>
    </Section>
  );
}

export function WorklistSummary() {
  return (
    <Section title={s.worklistTitle}>
      <Paragraph>{s.worklistIntro}</Paragraph>
      <Paragraph>
        <RouterLink to="/signalen">{s.worklistLink}</RouterLink>
      </Paragraph>
    </Section>
  );
}

export function MySignalsSummary() {
  return (
    <Section title={s.mineTitle}>
      <Paragraph>{s.mineIntro}</Paragraph>
      <Paragraph>
        <RouterLink to="/signalen/mijn">{s.mineLink}</RouterLink>
      </Paragraph>
    </Section>
  );
}
