// The parts of a case as in-page navigation with links: each tab is a URL (?tab=plan), so it survives a reload,
// can be shared and works with the keyboard and the back button like any link.
import { RouterLink } from '../../components/index.ts';
import { caseTexts } from './labels.ts';
import { type CaseTab, caseTabs } from './search.ts';

export function CaseTabs({ caseId, current }: { caseId: string; current: CaseTab }) {
  return (
    <nav className="regie-case-tabs" aria-label={caseTexts.tabs.label}>
      <ul className="regie-case-tabs__list">
        {caseTabs.map((tab) => (
          <li key={tab} className="regie-case-tabs__item">
            <RouterLink
              to="/casussen/$caseId"
              params={{ caseId }}
              search={tab === 'overzicht' ? {} : { tab }}
              activeOptions={{ exact: true }}
              className={
                tab === current
                  ? 'regie-case-tabs__link regie-case-tabs__link--current'
                  : 'regie-case-tabs__link'
              }
            >
              {caseTexts.tabs[tab]}
            </RouterLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
