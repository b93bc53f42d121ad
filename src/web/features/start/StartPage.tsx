// The start page: a welcome, and for each of the user's roles what they can do in Regie right now.
import { Heading, Paragraph } from '../../components/index.ts';
import { roleLabel, t } from '../../i18n/index.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { usePageTitle } from '../shell/usePageTitle.ts';
import { startSectionsFor } from './startSections.ts';

export function StartPage() {
  usePageTitle(t.start.title);
  const { user } = useSession();
  const sections = startSectionsFor(user.roles);
  return (
    <>
      <Heading level={1}>{t.start.welcome(user.displayName)}</Heading>
      <Paragraph lead>{t.start.intro(user.organisation.name)}</Paragraph>
      <Paragraph>
        {t.userMenu.roles}: {user.roles.map(roleLabel).join(', ') || t.common.none}
      </Paragraph>
      {sections.length === 0 ? (
        <Paragraph>{t.start.noRoles}</Paragraph>
      ) : (
        sections.map(({ page, component: Section }) => <Section key={page} />)
      )}
    </>
  );
}
