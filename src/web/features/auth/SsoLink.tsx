// "Inloggen met eenmalige aanmelding (SSO)": only shown when the server has single sign-on configured.
import { useQuery } from '@tanstack/react-query';
import { authConfigQuery, OIDC_LOGIN_PATH } from '../../api/auth.ts';
import { ButtonGroup, ExternalLink, Paragraph } from '../../components/index.ts';
import { t } from '../../i18n/index.ts';

export function SsoLink() {
  const config = useQuery(authConfigQuery);
  if (!config.data?.oidc) return null;
  return (
    <div className="regie-sso">
      <Paragraph>{t.signIn.ssoIntro}</Paragraph>
      <ButtonGroup>
        <ExternalLink href={OIDC_LOGIN_PATH} className="regie-sso__link">
          {t.signIn.sso}
        </ExternalLink>
      </ButtonGroup>
    </div>
  );
}
