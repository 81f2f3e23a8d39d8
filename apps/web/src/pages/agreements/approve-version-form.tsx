import { Alert, Button, Card, Stack, Text, TextInput, Title } from '@mantine/core';
import { approveAgreementBodySchema } from '@scn/contracts/partnerships/partnerships.rpc';
import { useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/api-types.generated';
import { api, unwrap } from '../../api/client';
import { ProblemAlert } from '../../forms/problem-alert';
import { useApiForm } from '../../forms/use-api-form';
import { useT } from '../../i18n/locale-provider';
import type { Side } from './side-name';

type Version = components['schemas']['AgreementVersion'];

/** What the person fills in; the version and its hash come from the page, never from an input. */
const signatureSchema = approveAgreementBodySchema.pick({ signatoryName: true, signatoryOffice: true, signedOn: true, documentRef: true });

/** Today in the viewer's own calendar (what they would write on the signed document). */
const localToday = () => new Date().toLocaleDateString('sv-SE');

/**
 * Signs the version shown for one side (the partner city's contact signs for `partner`, the
 * member program's admin for `member`). The call names the version and the hash of
 * the terms this page displayed: if the terms changed since (another amendment), the API
 * refuses with PARTNERSHIP.STALE_VERSION rather than apply the signature to terms the
 * person never read — the page then says so and offers to show the current terms. Once
 * approved, the page (which then no longer shows this form) says so: `onApproved`.
 */
export function ApproveVersionForm({
  partnershipId,
  version,
  side,
  onApproved,
}: {
  partnershipId: string;
  version: Version;
  side: Side;
  onApproved(version: number): void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const { form, problem, submit } = useApiForm(signatureSchema, { signatoryName: '', signatoryOffice: '', signedOn: localToday(), documentRef: undefined });
  const { errors, isSubmitting } = form.formState;
  const stale = problem?.code === 'PARTNERSHIP.STALE_VERSION';
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['agreements'] });

  const onSubmit = submit(async (values) => {
    unwrap(
      await api.POST('/v1/partnerships/{partnershipId}/approvals', {
        params: { path: { partnershipId } },
        body: { ...values, version: version.version, termsHash: version.termsHash, side },
      }),
    );
    onApproved(version.version);
    await refresh();
  });

  return (
    <Card withBorder component="section" aria-labelledby="approve-title">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="approve-title">
            {t('partner.approve.title', { version: version.version })}
          </Title>
          <Text size="sm">{t('partner.approve.intro', { version: version.version })}</Text>
          <TextInput label={t('partner.approve.signatoryName')} autoComplete="name" {...form.register('signatoryName')} error={errors.signatoryName?.message} required />
          <TextInput
            label={t('partner.approve.signatoryOffice')}
            description={t('partner.approve.signatoryOfficeHint')}
            {...form.register('signatoryOffice')}
            error={errors.signatoryOffice?.message}
            required
          />
          <TextInput type="date" label={t('partner.approve.signedOn')} {...form.register('signedOn')} error={errors.signedOn?.message} required />
          <TextInput
            label={t('partner.approve.documentRef')}
            description={t('partner.approve.documentRefHint')}
            {...form.register('documentRef', { setValueAs: (value: string) => (value.trim() === '' ? undefined : value) })}
            error={errors.documentRef?.message}
          />
          {stale && (
            <Alert color="red" title={t('partner.approve.stale.title')} role="alert">
              <Stack gap="xs" align="start">
                <Text size="sm">{t('partner.approve.stale.body', { version: version.version })}</Text>
                <Button size="xs" variant="light" onClick={() => void refresh()}>
                  {t('partner.approve.stale.reload')}
                </Button>
              </Stack>
            </Alert>
          )}
          <ProblemAlert problem={problem} />
          <Button type="submit" loading={isSubmitting} style={{ alignSelf: 'start' }}>
            {t('partner.approve.submit', { version: version.version })}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
