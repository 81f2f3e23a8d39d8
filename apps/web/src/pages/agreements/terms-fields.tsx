import { Checkbox, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { Controller, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import type { z } from 'zod';
import type { agreementTermsSchema } from '@scn/contracts/partnerships/common';
import { useT } from '../../i18n/locale-provider';
import type { MessageId } from '../../i18n/locales';

export type TermsInput = z.input<typeof agreementTermsSchema>;
/** Any form whose terms are under `terms` (proposing a partnership, amending its terms). */
export type WithTerms = { terms: TermsInput };

export const PARTNERSHIP_KINDS = ['sister_city', 'friendship_city', 'other'] as const;
export const FOCUS_AREAS = ['youth-education', 'arts-culture', 'business-trade', 'humanitarian-municipal', 'professional-technical'] as const;
/** The form paths of the terms, so the API's field errors (`body.terms.title`) land on them. */
export const TERMS_PATHS = ['terms.title', 'terms.kind', 'terms.focusAreas', 'terms.text', 'terms.durationYears'];

/** The agreement's terms: what both sides approve (contacts are not terms). */
export function TermsFields<Values extends WithTerms>(props: { control: Control<Values>; register: UseFormRegister<Values>; errors: FieldErrors<Values> }) {
  const t = useT();
  // The form's own type is generic; its terms are the one part these fields know.
  const control = props.control as unknown as Control<WithTerms>;
  const register = props.register as unknown as UseFormRegister<WithTerms>;
  const errors = (props.errors as FieldErrors<WithTerms>).terms;
  return (
    <Stack>
      <TextInput label={t('staff.terms.title')} required {...register('terms.title')} error={errors?.title?.message} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('staff.terms.kind')}
          data={PARTNERSHIP_KINDS.map((kind) => ({ value: kind, label: t(`directory.kind.${kind}` as MessageId) }))}
          {...register('terms.kind')}
          error={errors?.kind?.message}
        />
        <Controller
          control={control}
          name="terms.durationYears"
          render={({ field }) => (
            <NumberInput
              label={t('staff.terms.durationYears')}
              description={t('staff.terms.durationYears.hint')}
              min={1}
              max={100}
              allowDecimal={false}
              value={field.value ?? ''}
              onChange={(value) => field.onChange(typeof value === 'number' ? value : undefined)}
              onBlur={field.onBlur}
              ref={field.ref}
              error={errors?.durationYears?.message}
            />
          )}
        />
      </SimpleGrid>
      <Controller
        control={control}
        name="terms.focusAreas"
        render={({ field }) => (
          <Checkbox.Group label={t('staff.terms.focusAreas')} value={field.value} onChange={field.onChange} error={errors?.focusAreas?.message}>
            <Group mt={4} gap="sm">
              {FOCUS_AREAS.map((area) => (
                <Checkbox key={area} value={area} label={t(`category.${area}` as MessageId)} />
              ))}
            </Group>
          </Checkbox.Group>
        )}
      />
      <Textarea label={t('staff.terms.text')} autosize minRows={3} maxRows={12} {...register('terms.text')} error={errors?.text?.message} />
    </Stack>
  );
}
