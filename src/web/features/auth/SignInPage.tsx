// The sign-in page: username and password, Dutch errors in a summary linked to the fields, optional SSO.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { login, sessionQueryKey } from '../../api/auth.ts';
import {
  Alert,
  Button,
  ButtonGroup,
  ErrorSummary,
  Form,
  Heading,
  Paragraph,
  type SummaryItem,
  TextField,
} from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
import { PublicLayout } from '../shell/PublicLayout.tsx';
import { usePageTitle } from '../shell/usePageTitle.ts';
import { safeReturnPath } from './redirect.ts';
import { SsoLink } from './SsoLink.tsx';
import {
  hasErrors,
  PASSWORD_ID,
  type SignInErrors,
  signInErrorsFromFailure,
  ssoErrorMessage,
  USERNAME_ID,
  validateSignIn,
} from './signInErrors.ts';

function summaryItems(errors: SignInErrors): SummaryItem[] {
  const items: SummaryItem[] = [];
  if (errors.general) items.push({ message: errors.general });
  if (errors.credentials) items.push({ message: errors.credentials, fieldId: USERNAME_ID });
  if (errors.username) items.push({ message: errors.username, fieldId: USERNAME_ID });
  if (errors.password) items.push({ message: errors.password, fieldId: PASSWORD_ID });
  return items;
}

export function SignInPage() {
  usePageTitle(t.signIn.title);
  const search = useSearch({ from: '/inloggen' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<SignInErrors>(() =>
    search.fout ? { general: ssoErrorMessage(search.fout) } : {},
  );
  const [attempt, setAttempt] = useState(0);

  const signIn = useMutation({
    mutationFn: login,
    onSuccess: async (session) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
      queryClient.setQueryData(sessionQueryKey, session);
      await navigate({ href: safeReturnPath(search.terug), replace: true });
    },
    onError: (error) => {
      setPassword('');
      setErrors(signInErrorsFromFailure(error));
      setAttempt((n) => n + 1);
    },
  });

  const submit = () => {
    if (signIn.isPending) return;
    const found = validateSignIn(username, password);
    setAttempt((n) => n + 1);
    setErrors(found);
    if (hasErrors(found)) return;
    signIn.mutate({ username: username.trim(), password });
  };

  return (
    <PublicLayout>
      <div className="regie-narrow">
        <Heading level={1}>{t.signIn.title}</Heading>
        {search.melding === 'uitgelogd' && <Alert type="ok">{t.signIn.signedOut}</Alert>}
        {search.melding === 'verlopen' && <Alert type="info">{t.signIn.sessionExpired}</Alert>}
        <ErrorSummary items={summaryItems(errors)} focusKey={attempt} />
        <Paragraph>{t.signIn.intro}</Paragraph>
        <Form onSubmit={submit} label={t.signIn.title}>
          <TextField
            id={USERNAME_ID}
            label={t.signIn.username}
            value={username}
            onChange={setUsername}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            error={errors.username}
          />
          <TextField
            id={PASSWORD_ID}
            label={t.signIn.password}
            type="password"
            value={password}
            onChange={setPassword}
            autoComplete="current-password"
            required
            error={errors.password}
          />
          <ButtonGroup>
            <Button type="submit" variant="primary" busy={signIn.isPending}>
              {signIn.isPending ? t.signIn.submitting : t.signIn.submit}
            </Button>
          </ButtonGroup>
        </Form>
        <SsoLink />
      </div>
    </PublicLayout>
  );
}
