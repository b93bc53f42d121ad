// "Signaal melden": the form for partner staff and professionals, and after sending a confirmation that says what
// happens next (without echoing personal data) with a way to file the next signal on a fresh form.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { myOrganisationQuery } from '../../api/me.ts';
import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  QueryState,
  RouterLink,
} from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { canUse } from '../shell/access.ts';
import { RoleGate } from '../shell/RoleGate.tsx';
import { usePageTitle } from '../shell/usePageTitle.ts';
import { SignalForm } from './SignalForm.tsx';
import './signals.css';

const f = t.signals.form;

export function SignalFormPage() {
  return (
    <RoleGate page="signalForm">
      <SignalFormContent />
    </RoleGate>
  );
}

function SignalFormContent() {
  usePageTitle(f.title);
  const organisation = useQuery(myOrganisationQuery);
  // Each filed signal gets a fresh form (new key): nothing of the previous resident stays on the screen.
  const [round, setRound] = useState(0);
  const [sent, setSent] = useState<{ crisis: boolean } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (!sent && returnFocus.current) {
      returnFocus.current = false;
      heading.current?.focus();
    }
  }, [sent]);

  const another = () => {
    returnFocus.current = true;
    setSent(null);
  };

  return (
    <div className="regie-signal-page regie-stack">
      <Heading level={1} ref={heading} tabIndex={-1}>
        {f.title}
      </Heading>
      {sent ? (
        <Sent crisis={sent.crisis} onAnother={another} />
      ) : (
        <>
          <Paragraph lead>{f.intro}</Paragraph>
          <QueryState query={organisation}>
            {(data) =>
              data.municipalities.length === 0 ? (
                <Alert type="warning" live="off">
                  <Paragraph>{f.noMunicipality}</Paragraph>
                </Alert>
              ) : (
                <SignalForm
                  key={round}
                  municipalities={data.municipalities}
                  onFiled={(_answer, input) => {
                    setRound((n) => n + 1);
                    setSent({ crisis: Boolean(input.crisis) });
                  }}
                />
              )
            }
          </QueryState>
        </>
      )}
    </div>
  );
}

/** The confirmation: takes focus so a screen reader reads it; says what happens next. */
function Sent({ crisis, onAnother }: { crisis: boolean; onAnother: () => void }) {
  const { user } = useSession();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const partner = canUse(user.roles, 'mySignals');
  const worker = canUse(user.roles, 'worklist');
  return (
    <Alert type="ok" tabIndex={-1} ref={ref} className="regie-signal-sent">
      <Heading level={2}>{f.sentTitle}</Heading>
      <Paragraph>{f.sentText}</Paragraph>
      {crisis && <Paragraph>{f.sentCrisis}</Paragraph>}
      {partner && <Paragraph>{f.sentPartner}</Paragraph>}
      {!partner && worker && <Paragraph>{f.sentTeam}</Paragraph>}
      <ButtonGroup>
        <Button variant="primary" onClick={onAnother}>
          {f.another}
        </Button>
      </ButtonGroup>
      {partner && (
        <Paragraph>
          <RouterLink to="/signalen/mijn">{f.toMySignals}</RouterLink>
        </Paragraph>
      )}
      {!partner && worker && (
        <Paragraph>
          <RouterLink to="/signalen">{f.toWorklist}</RouterLink>
        </Paragraph>
      )}
    </Alert>
  );
}
