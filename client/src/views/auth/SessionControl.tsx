import { useState } from 'react';
import { useSession } from '../../core/auth/session';
import { useMessages } from '../../core/i18n/useLanguage';
import type { AuthMessageKey } from './messages';
import { authMessages } from './messages';
import { SignInForm } from './SignInForm';
import './auth.css';

const roleKey = { viewer: 'roleViewer', editor: 'roleEditor', admin: 'roleAdmin' } as const satisfies Record<string, AuthMessageKey>;

/** The toolbar's account corner: sign in, or who is signed in and sign out. */
export function SessionControl() {
  const { t } = useMessages(authMessages);
  const { user, signOut } = useSession();
  const [open, setOpen] = useState(false);

  if (user !== null) {
    return (
      <span className="session-control" data-testid="session-user">
        <span>
          {t('signedInAs')} <strong>{user.username}</strong> ({t(roleKey[user.role])})
        </span>{' '}
        <button type="button" onClick={() => void signOut()} data-testid="sign-out">
          {t('signOut')}
        </button>
      </span>
    );
  }
  return (
    <span className="session-control">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="sign-in-open">
        {t('signIn')}
      </button>
      {open ? (
        <div className="session-popover">
          <SignInForm onDone={() => setOpen(false)} onCancel={() => setOpen(false)} />
        </div>
      ) : null}
    </span>
  );
}
