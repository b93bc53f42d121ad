// "Bijstandsnorm berekenen": the Participatiewet norm of a household, explained article by article, with what-if.
import { Heading, Paragraph } from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
import { RoleGate } from '../shell/RoleGate.tsx';
import { usePageTitle } from '../shell/usePageTitle.ts';
import { NormCalculator } from './NormCalculator.tsx';
import './rules.css';

export function BijstandsnormPage() {
  return (
    <RoleGate page="rulesCalculator">
      <BijstandsnormContent />
    </RoleGate>
  );
}

function BijstandsnormContent() {
  usePageTitle(t.rules.calculatorTitle);
  return (
    <>
      <Heading level={1}>{t.rules.calculatorTitle}</Heading>
      <Paragraph lead>{t.rules.calculatorIntro}</Paragraph>
      <Paragraph>{t.rules.privacyNote}</Paragraph>
      <NormCalculator />
    </>
  );
}
