import { useState, type SyntheticEvent } from 'react';
import { useSession } from '../../core/auth/session';
import { signInFailureText } from '../../core/auth/signInFailure';
import { useMessages } from '../../core/i18n/useLanguage';
import { authMessages } from './messages';

/** Username and password; a refusal is said in the reader's language, with when to try again. */
export function SignInForm({ onDone, onCancel }: { onDone?: () => void; onCancel?: () => void }) {
  const { t, language } = useMessages(authMessages);
  const { signIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setState({ busy: true, error: null });
    signIn(username.trim(), password)
      .then(() => {
        setState({ busy: false, error: null });
        onDone?.();
      })
      .catch((error: unknown) => setState({ busy: false, error: signInFailureText(error, language) }));
  };

  return (
    <form className="sign-in-form" onSubmit={submit} data-testid="sign-in-form">
      <label>
        {t('username')}
        <input autoComplete="username" value={username} onChange={(event) => setUsername(event.target.value)} data-testid="sign-in-username" required />
      </label>
      <label>
        {t('password')}
        <input
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          data-testid="sign-in-password"
          required
        />
      </label>
      {state.error === null ? null : (
        <p className="form-error" role="alert" data-testid="sign-in-error">
          {t('failed')}: {state.error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={state.busy} data-testid="sign-in-submit">
          {state.busy ? t('signingIn') : t('signIn')}
        </button>
        {onCancel === undefined ? null : (
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
