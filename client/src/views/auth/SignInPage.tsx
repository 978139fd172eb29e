import { useMessages } from '../../core/i18n/useLanguage';
import { authMessages } from './messages';
import { SignInForm } from './SignInForm';
import './auth.css';

/** Shown instead of the app when reading requires an account and nobody is signed in. */
export function SignInPage() {
  const { t } = useMessages(authMessages);
  return (
    <main className="sign-in-page">
      <h1>{t('gateTitle')}</h1>
      <p>{t('gateText')}</p>
      <SignInForm />
    </main>
  );
}
