import { useForm } from 'react-hook-form';
import { loginRequest, type SessionResponse } from '../../../contract/index.ts';
import { call } from '../../api/client.ts';
import { TextField } from '../../forms/Field.tsx';
import { FormProblem } from '../../forms/FormProblem.tsx';
import { formResolver } from '../../forms/resolver.ts';
import { useServerErrors } from '../../forms/use-server-errors.ts';

interface Props {
  /** Called once the session is set; the caller decides where to go. */
  onSignedIn: (session: SessionResponse) => void;
  defaultEmail?: string;
}

/** Email and password; on failure the server's own message is shown and the typed email stays. */
export function SignInForm({ onSignedIn, defaultEmail = '' }: Props) {
  const form = useForm({
    resolver: formResolver(loginRequest),
    mode: 'onChange',
    defaultValues: { email: defaultEmail, password: '' },
  });
  const { problem, onError, clear } = useServerErrors(form);
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    clear();
    try {
      const session = await call('login', { body: values });
      onSignedIn(session);
    } catch (error) {
      onError(error);
    }
  });

  return (
    <form onSubmit={submit} noValidate className="stack">
      <TextField
        label="Email"
        type="email"
        autoComplete="username"
        autoFocus
        error={errors.email?.message}
        {...form.register('email')}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...form.register('password')}
      />
      <FormProblem problem={problem} />
      <button type="submit" className="btn btn-primary btn-block" disabled={isSubmitting}>
        {isSubmitting ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
