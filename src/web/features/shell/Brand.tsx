// The product name and tagline in the page header.
import { RouterLink } from '../../components/index.ts';
import { t } from '../../i18n/index.ts';

export function Brand() {
  return (
    <div className="regie-brand">
      <RouterLink to="/" className="regie-brand__name">
        {t.app.name}
      </RouterLink>
      <span className="regie-brand__tagline">{t.app.tagline}</span>
    </div>
  );
}
