// Links: RouterLink for pages inside the app (TanStack Router), ExternalLink for full page loads.

import { createLink } from '@tanstack/react-router';
import { Link as UtrechtLink, type LinkProps as UtrechtLinkProps } from '@utrecht/component-library-react';

/** An in-app link with NL DS styling and type-checked `to`/`params`/`search`. */
export const RouterLink = createLink(UtrechtLink);

export type ExternalLinkProps = UtrechtLinkProps;

/** A link that leaves the single-page app (e.g. to start single sign-on or open the API docs). */
export function ExternalLink(props: ExternalLinkProps) {
  return <UtrechtLink {...props} />;
}
