// The main navigation (NL DS Utrecht nav bar and nav list) with router links.
// The link of the current page gets aria-current="page" from the router.
import type { ReactNode } from 'react';
import { RouterLink } from './Link.tsx';

export interface NavigationItem {
  to: string;
  label: string;
  /** Only the exact path marks this item as current (used for the start page "/"). */
  exact?: boolean;
}

export function Navigation({ label, items }: { label: string; items: NavigationItem[] }) {
  return (
    <nav className="utrecht-nav-bar regie-nav" aria-label={label}>
      <div className="utrecht-nav-bar__content">
        <ul className="utrecht-nav-list regie-nav__list">
          {items.map((item) => (
            <NavigationLink key={item.to} item={item} />
          ))}
        </ul>
      </div>
    </nav>
  );
}

function NavigationLink({ item }: { item: NavigationItem }): ReactNode {
  return (
    <li className="utrecht-nav-list__item">
      <RouterLink
        to={item.to}
        className="utrecht-nav-list__link regie-nav__link"
        activeOptions={{ exact: Boolean(item.exact), includeSearch: false }}
      >
        {item.label}
      </RouterLink>
    </li>
  );
}
