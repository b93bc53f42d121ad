// Sets the document title ("Huishoudens - Regie") so each page has a unique, meaningful title.
import { useEffect } from 'react';
import { t } from '../../i18n/index.ts';

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = t.app.pageTitle(title);
  }, [title]);
}
