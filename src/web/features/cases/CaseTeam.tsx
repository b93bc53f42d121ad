// The case team: the professionals who work with the household, their organisation, role and law. Someone can
// leave (or be taken off by whoever steers the case) after a confirm step, because leaving ends their access.
// Adding a member asks for the role in words and, where it applies, the law the member works under.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import {
  addTeamMember,
  type CaseDetail,
  type CaseTeamMember,
  candidatesQuery,
  leaveCaseTeam,
} from '../../api/cases.ts';
import {
  Alert,
  Button,
  ButtonGroup,
  DataTable,
  EmptyState,
  ErrorMessage,
  ErrorSummary,
  Form,
  Heading,
  Paragraph,
  QueryState,
  Section,
  SelectField,
  type SummaryItem,
  TextField,
  VisuallyHidden,
} from '../../components/index.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { calendarDay, problemsFromError } from './caseForms.ts';
import { caseTexts, type Law, lawLabel, laws } from './labels.ts';
import { useCaseAction } from './useCaseAction.ts';

const m = caseTexts.team;

interface TeamProps {
  detail: CaseDetail;
  onDone: (text: string) => void;
}

export function CaseTeam({ detail, onDone }: TeamProps) {
  const { user } = useSession();
  const open = detail.closedOn === null;
  const [leaving, setLeaving] = useState<CaseTeamMember | null>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (leaving) confirmHeading.current?.focus();
  }, [leaving]);

  const leave = useCaseAction(detail.id, (member: CaseTeamMember) => leaveCaseTeam(detail.id, member.id), {
    onSuccess: (_next, member) => {
      setLeaving(null);
      onDone(m.left(member.displayName));
    },
  });
  const mayRemove = (member: CaseTeamMember) =>
    open && (member.userId === user.id || detail.viewer.canTransition);
  const self = leaving?.userId === user.id;

  return (
    <Section title={m.title} level={3}>
      <Paragraph>{m.intro}</Paragraph>
      {detail.teamMembers.length === 0 ? (
        <EmptyState>{m.empty}</EmptyState>
      ) : (
        <DataTable<CaseTeamMember>
          caption={m.caption}
          captionHidden
          stacked
          rows={detail.teamMembers}
          rowKey={(row) => row.id}
          columns={[
            { key: 'name', header: m.name, rowHeader: true, render: (row) => row.displayName },
            { key: 'organisation', header: m.organisation, render: (row) => row.organisation.name },
            { key: 'role', header: m.role, render: (row) => row.role },
            { key: 'law', header: m.law, render: (row) => lawLabel(row.law) },
            { key: 'joined', header: m.joinedOn, render: (row) => calendarDay(row.joinedOn) },
            {
              key: 'actions',
              header: m.actions,
              render: (row) =>
                mayRemove(row) ? (
                  <Button variant="subtle" onClick={() => setLeaving(row)} disabled={leave.isPending}>
                    {row.userId === user.id ? m.leave : m.remove}
                    <VisuallyHidden>{m.leaveContext(row.displayName)}</VisuallyHidden>
                  </Button>
                ) : (
                  ''
                ),
            },
          ]}
        />
      )}
      {leaving && (
        <Alert type="warning" live="off">
          <Heading level={4} ref={confirmHeading} tabIndex={-1}>
            {self ? m.leaveConfirmTitle : m.removeConfirmTitle(leaving.displayName)}
          </Heading>
          <Paragraph>{self ? m.leaveSelfText : m.leaveConfirmText(leaving.displayName)}</Paragraph>
          {leave.isError && <ErrorMessage error={leave.error} />}
          <ButtonGroup>
            <Button
              variant="primary"
              danger
              busy={leave.isPending}
              onClick={() => !leave.isPending && leave.mutate(leaving)}
            >
              {leave.isPending ? m.leaving : self ? m.leaveConfirm : m.removeConfirm}
            </Button>
            <Button variant="secondary" onClick={() => setLeaving(null)} disabled={leave.isPending}>
              {caseTexts.common.cancel}
            </Button>
          </ButtonGroup>
        </Alert>
      )}
      {open && detail.viewer.canTransition && <AddMember detail={detail} onDone={onDone} />}
    </Section>
  );
}

const PERSON_ID = 'casusteam-persoon';
const ROLE_ID = 'casusteam-rol';
const LAW_ID = 'casusteam-wet';

function AddMember({ detail, onDone }: TeamProps) {
  const candidates = useQuery(candidatesQuery(detail.id));
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState('');
  const [law, setLaw] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [items, setItems] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);

  const add = useCaseAction(
    detail.id,
    (input: { userId: string; role: string; law?: Law }) => addTeamMember(detail.id, input),
    {
      onSuccess: (next, input) => {
        setUserId('');
        setRole('');
        setLaw('');
        const name = next.teamMembers.find((member) => member.userId === input.userId)?.displayName ?? '';
        onDone(m.added(name));
      },
      onError: (error) => {
        const problems = problemsFromError(error, { userId: PERSON_ID, role: ROLE_ID, law: LAW_ID });
        setFields(problems.fields);
        setItems(problems.items);
        setAttempt((n) => n + 1);
      },
    },
  );

  const submit = () => {
    setAttempt((n) => n + 1);
    const found: Record<string, string> = {};
    if (!userId) found.userId = m.errors.personRequired;
    if (!role.trim()) found.role = m.errors.roleRequired;
    setFields(found);
    setItems(
      Object.entries(found).map(([name, message]) => ({
        message,
        fieldId: name === 'userId' ? PERSON_ID : ROLE_ID,
      })),
    );
    if (Object.keys(found).length > 0 || add.isPending) return;
    const chosenLaw = (laws as readonly string[]).includes(law) ? (law as Law) : undefined;
    add.mutate({ userId, role: role.trim(), ...(chosenLaw ? { law: chosenLaw } : {}) });
  };

  return (
    <Section title={m.addTitle} level={3}>
      <QueryState query={candidates}>
        {(all) => {
          const members = new Set(detail.teamMembers.map((member) => member.userId));
          const choices = all.filter((c) => !members.has(c.userId));
          if (choices.length === 0) return <Paragraph>{m.noCandidates}</Paragraph>;
          return (
            <>
              <ErrorSummary items={items} focusKey={attempt} headingLevel={3} />
              <Form onSubmit={submit} label={m.addTitle}>
                <SelectField
                  id={PERSON_ID}
                  label={m.person}
                  value={userId}
                  emptyOption={caseTexts.common.chooseColleague}
                  options={choices.map((c) => ({
                    value: c.userId,
                    label: `${c.displayName} (${c.organisation.name})`,
                  }))}
                  onChange={setUserId}
                  error={fields.userId}
                  required
                />
                <TextField
                  id={ROLE_ID}
                  label={m.role}
                  description={m.rolePlaceholder}
                  value={role}
                  onChange={setRole}
                  error={fields.role}
                  required
                />
                <SelectField
                  id={LAW_ID}
                  label={m.lawOptional}
                  value={law}
                  emptyOption={m.noLaw}
                  options={laws.map((code) => ({ value: code, label: lawLabel(code) }))}
                  onChange={setLaw}
                  error={fields.law}
                />
                <ButtonGroup>
                  <Button type="submit" variant="secondary" busy={add.isPending}>
                    {m.add}
                  </Button>
                </ButtonGroup>
              </Form>
            </>
          );
        }}
      </QueryState>
    </Section>
  );
}
