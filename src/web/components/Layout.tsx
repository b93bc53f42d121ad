// Page layout pieces (NL DS Utrecht page, header, body, footer, skip link). They give the landmarks:
// <header>, <main>, <footer>; navigation is in Navigation.tsx.
import {
  PageFooter as UtrechtPageFooter,
  PageHeader as UtrechtPageHeader,
  SkipLink as UtrechtSkipLink,
} from '@utrecht/component-library-react';
import type { ReactNode, Ref } from 'react';

export function SkipLink({ target, children }: { target: string; children: ReactNode }) {
  return (
    <UtrechtSkipLink
      href={`#${target}`}
      onClick={(event) => {
        // Move focus ourselves: a hash change would be picked up by the router.
        const main = document.getElementById(target);
        if (!main) return;
        event.preventDefault();
        main.focus();
        main.scrollIntoView();
      }}
    >
      {children}
    </UtrechtSkipLink>
  );
}

export function Page({ children }: { children: ReactNode }) {
  return <div className="utrecht-page regie-page">{children}</div>;
}

export function PageHeader({ children }: { children: ReactNode }) {
  return (
    <UtrechtPageHeader className="regie-page-header">
      <div className="utrecht-page-header__content regie-page-header__content">{children}</div>
    </UtrechtPageHeader>
  );
}

export interface PageMainProps {
  id: string;
  children: ReactNode;
  ref?: Ref<HTMLElement>;
}

export function PageMain({ id, children, ref }: PageMainProps) {
  return (
    <div className="utrecht-page-body regie-page-body">
      <main id={id} ref={ref} tabIndex={-1} className="utrecht-page-body__content regie-main">
        {children}
      </main>
    </div>
  );
}

export function PageFooter({ children }: { children: ReactNode }) {
  return (
    <UtrechtPageFooter className="regie-page-footer">
      <div className="utrecht-page-footer__content">{children}</div>
    </UtrechtPageFooter>
  );
}
