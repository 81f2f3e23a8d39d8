import { MantineProvider, TextInput } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IntlProvider } from 'react-intl';
import { ApiProblem } from '../api/problem';
import fr from '../i18n/messages/fr.json';
import en from '../testing/english-messages';
import { registerSchema } from '../pages/auth/auth-schemas';
import { PasswordField } from './password-field';
import { ProblemAlert } from './problem-alert';
import { useApiForm } from './use-api-form';

/** A registration-like form whose submission does what the test says. */
function Form({ action }: { action: (values: { email: string }) => Promise<void> }) {
  const { form, problem, submit } = useApiForm(registerSchema, { displayName: '', email: '', password: '' });
  const { errors } = form.formState;
  return (
    <form onSubmit={submit(action)} noValidate>
      <TextInput label="Your name" {...form.register('displayName')} error={errors.displayName?.message} />
      <TextInput label="Email" {...form.register('email')} error={errors.email?.message} />
      <PasswordField label="Password" {...form.register('password')} error={errors.password?.message} />
      <ProblemAlert problem={problem} />
      <button type="submit">Register</button>
    </form>
  );
}

function renderForm(action: (values: { email: string }) => Promise<void>, language: { locale: string; messages: Record<string, string> } = { locale: 'en', messages: en }) {
  return render(
    <MantineProvider>
      <IntlProvider locale={language.locale} messages={language.messages}>
        <Form action={action} />
      </IntlProvider>
    </MantineProvider>,
  );
}

async function fillValid() {
  await userEvent.type(screen.getByLabelText('Your name'), 'Ada');
  await userEvent.type(screen.getByLabelText('Email'), 'ada@example.org');
  await userEvent.type(screen.getByLabelText('Password'), 'long-enough-password');
}

describe('a form that submits to the API', () => {
  it('refuses what the contract refuses, on the field, before anything is sent', async () => {
    const action = jest.fn(async () => undefined);
    renderForm(action);
    await userEvent.type(screen.getByLabelText('Email'), 'not-an-email');
    await userEvent.click(screen.getByRole('button', { name: 'Register' }));
    expect(await screen.findByText('must be an email address')).toBeTruthy();
    expect(screen.getByText('must be at least 12 characters')).toBeTruthy();
    expect(action).not.toHaveBeenCalled();
  });

  it("puts the API's field errors on their fields and its problem above the button", async () => {
    renderForm(async () => {
      throw new ApiProblem({
        type: 'urn:scn:problem:request.invalid',
        title: 'Bad Request',
        status: 400,
        detail: 'The request is invalid.',
        code: 'REQUEST.INVALID',
        correlationId: 'corr-42',
        errors: [{ field: 'body.email', rule: 'taken', message: 'is already registered' }],
      });
    });
    await fillValid();
    await userEvent.click(screen.getByRole('button', { name: 'Register' }));
    expect(await screen.findByText('is already registered')).toBeTruthy();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Please check what you entered');
    expect(alert.textContent).toContain('The request is invalid.');
    expect(alert.textContent).toContain('Reference: corr-42');
    expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBe('true');
  });

  it('shows nothing raw when the call fails without a problem document', async () => {
    renderForm(async () => {
      throw new TypeError('Failed to fetch');
    });
    await fillValid();
    await userEvent.click(screen.getByRole('button', { name: 'Register' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The platform could not answer; try again');
  });

  it("says the contract's rules and the API's field errors in the viewer's language", async () => {
    renderForm(
      async () => {
        throw new ApiProblem({
          type: 'urn:scn:problem:request.invalid',
          title: 'Bad Request',
          status: 400,
          detail: 'The request is not valid',
          code: 'REQUEST.INVALID',
          correlationId: 'corr-7',
          errors: [
            { field: 'body.displayName', rule: 'control_character', message: 'must not contain control characters (including tab and line breaks)' },
            { field: 'body.email', rule: 'taken', message: 'is already registered' },
            { field: 'body.password', rule: 'too_big', message: 'must be at most 256 characters', params: { origin: 'string', maximum: 256, inclusive: true } },
          ],
        });
      },
      { locale: 'fr', messages: fr },
    );
    // The browser's own check, from the contract's schema: the same words as the API's would be.
    await userEvent.type(screen.getByLabelText('Email'), 'pas-une-adresse');
    await userEvent.type(screen.getByLabelText('Password'), 'court');
    await userEvent.click(screen.getByRole('button', { name: 'Register' }));
    expect(await screen.findByText('doit être une adresse e-mail')).toBeTruthy();
    expect(screen.getByText('doit comporter au moins 12 caractères')).toBeTruthy();
    expect(screen.getByText('ne doit pas être vide')).toBeTruthy();

    // The API's refusal: each error said from its rule and params; a rule the console does not know keeps the API's words.
    await userEvent.type(screen.getByLabelText('Your name'), 'Ada');
    await userEvent.clear(screen.getByLabelText('Email'));
    await userEvent.type(screen.getByLabelText('Email'), 'ada@example.org');
    await userEvent.type(screen.getByLabelText('Password'), '-assez-long-maintenant');
    await userEvent.click(screen.getByRole('button', { name: 'Register' }));
    expect(await screen.findByText('ne doit pas contenir de caractères de contrôle')).toBeTruthy();
    expect(screen.getByText('doit comporter au plus 256 caractères')).toBeTruthy();
    expect(screen.getByText('is already registered')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain(fr['problem.title.400']);
  });
});
