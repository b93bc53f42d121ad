// The Overzicht tab of a case: change the phase, the regisseur (claim, assign, warm handover), the case team and
// the history of phases. After each change a status message says what happened and takes focus, because the
// button that was pressed is often gone.
import { useEffect, useRef, useState } from 'react';
import type { CaseDetail } from '../../api/cases.ts';
import { Alert, Paragraph, Section } from '../../components/index.ts';
import { CaseTeam } from './CaseTeam.tsx';
import { caseTexts } from './labels.ts';
import { PhaseChangeForm } from './PhaseChangeForm.tsx';
import { RegisseurPanel } from './RegisseurPanel.tsx';
import { TransitionHistory } from './TransitionHistory.tsx';

export function OverviewTab({ detail }: { detail: CaseDetail }) {
  const [message, setMessage] = useState<{ text: string; n: number } | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);
  const say = (text: string) => setMessage((previous) => ({ text, n: (previous?.n ?? 0) + 1 }));

  return (
    <div className="regie-stack">
      {message && (
        <Alert type="ok" live="status" tabIndex={-1} ref={messageRef} key={message.n}>
          <Paragraph>{message.text}</Paragraph>
        </Alert>
      )}
      <RegisseurPanel detail={detail} onDone={say} />
      <Section title={caseTexts.phase.title} level={3}>
        <PhaseChangeForm detail={detail} onDone={say} />
      </Section>
      <CaseTeam detail={detail} onDone={say} />
      <TransitionHistory transitions={detail.transitions} />
    </div>
  );
}
