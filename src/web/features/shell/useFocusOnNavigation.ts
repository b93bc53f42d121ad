// After moving to another page inside the app, put focus on the new page's main heading (or main),
// so screen reader and keyboard users start at the new content, as after a full page load.
import { useLocation } from '@tanstack/react-router';
import { type RefObject, useEffect, useRef } from 'react';

export function useFocusOnNavigation(mainRef: RefObject<HTMLElement | null>): void {
  const pathname = useLocation({ select: (location) => location.pathname });
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = mainRef.current;
    if (!main) return;
    // Wait a frame so the new page has rendered its heading.
    const frame = requestAnimationFrame(() => {
      const heading = main.querySelector<HTMLElement>('h1');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      } else {
        main.focus();
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [pathname, mainRef]);
}
