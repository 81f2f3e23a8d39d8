import { Checkbox, Fieldset, Stack, TagsInput, Text } from '@mantine/core';
import { useT } from '../../../i18n/locale-provider';
import type { MessageId } from '../../../i18n/locales';
import { CityPicker } from '../../applicant/city-picker';
import { MemberProgramPicker } from '../../applicant/profile/member-program-picker';
import { ROLES } from '../staff-search';
import { ExchangeProgramScope } from './exchange-program-scope';
import { SCOPE_OF, setScope, toggleRole, type Grant } from './grants';

/**
 * The roles an account holds, each with its scope: a program admin's member programs and a
 * partner contact's cities are picked by name (each pick adds one), a reviewer's exchange
 * programs by title (the ids kept). `errors` are the API's, by path (`grants.0.scopeIds`).
 */
export function GrantsEditor(props: { value: Grant[]; onChange(grants: Grant[]): void; errors: Record<string, string> }) {
  const t = useT();
  const errorFor = (role: Grant['role']) => {
    const index = props.value.findIndex((grant) => grant.role === role);
    return index < 0 ? undefined : (props.errors[`grants.${index}.scopeIds`] ?? props.errors[`grants.${index}.role`]);
  };
  return (
    <Fieldset legend={t('staff.accounts.roles')}>
      <Stack gap="xs">
        {ROLES.map((role) => {
          const grant = props.value.find((candidate) => candidate.role === role);
          const scope = SCOPE_OF[role];
          return (
            <Stack key={role} gap={4}>
              <Checkbox
                label={t(`staff.role.${role}` as MessageId)}
                checked={grant !== undefined}
                onChange={(event) => props.onChange(toggleRole(props.value, role, event.currentTarget.checked))}
              />
              {grant && scope && (
                <Stack gap={4} pl="lg">
                  {scope === 'member-program' && (
                    <MemberProgramPicker
                      label={t('staff.accounts.scope.addProgram')}
                      description=""
                      value={null}
                      onChange={(id) => id && props.onChange(setScope(props.value, role, [...grant.scopeIds, id]))}
                    />
                  )}
                  {scope === 'partner-city' && (
                    <CityPicker
                      label={t('staff.accounts.scope.addCity')}
                      value={null}
                      onChange={(city) => city && props.onChange(setScope(props.value, role, [...grant.scopeIds, city.id]))}
                    />
                  )}
                  {scope === 'exchange-program' ? (
                    <ExchangeProgramScope value={grant.scopeIds} onChange={(ids) => props.onChange(setScope(props.value, role, ids))} error={errorFor(role)} />
                  ) : (
                    <TagsInput
                      label={t(`staff.accounts.scope.${scope}` as MessageId)}
                      value={grant.scopeIds}
                      onChange={(ids) => props.onChange(setScope(props.value, role, ids))}
                      error={errorFor(role)}
                    />
                  )}
                </Stack>
              )}
            </Stack>
          );
        })}
        {props.errors['grants'] && (
          <Text size="sm" c="red">
            {props.errors['grants']}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}
