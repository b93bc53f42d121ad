// The user menu: a disclosure button with the user's name; opens a panel with organisation, roles and
// "Uitloggen". Escape or a click outside closes it and gives focus back to the button.
import { useEffect, useId, useRef, useState } from 'react';
import type { SessionUser } from '../../api/types.ts';
import { Button, DataList, VisuallyHidden } from '../../components/index.ts';
import { organisationKindLabel, roleLabel, t } from '../../i18n/index.ts';

export interface UserMenuProps {
  user: SessionUser;
  onSignOut: () => void;
  signingOut: boolean;
}

export function UserMenu({ user, onSignOut, signingOut }: UserMenuProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    const onPointer = (event: PointerEvent) => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const organisation = `${user.organisation.name} (${organisationKindLabel(user.organisation.kind)})`;
  return (
    <div className="regie-user-menu" ref={rootRef}>
      <Button
        ref={buttonRef}
        variant="secondary"
        className="regie-user-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <VisuallyHidden>{`${t.userMenu.buttonPrefix} `}</VisuallyHidden>
        <span className="regie-user-menu__name">{user.displayName}</span>
      </Button>
      <div id={panelId} className="regie-user-menu__panel" hidden={!open}>
        <DataList
          entries={[
            { key: 'username', label: t.userMenu.username, value: user.username },
            { key: 'organisation', label: t.userMenu.organisation, value: organisation },
            {
              key: 'roles',
              label: t.userMenu.roles,
              value: user.roles.map(roleLabel).join(', ') || t.common.none,
            },
          ]}
        />
        <Button variant="primary" onClick={onSignOut} busy={signingOut}>
          {signingOut ? t.userMenu.signingOut : t.userMenu.signOut}
        </Button>
      </div>
    </div>
  );
}
