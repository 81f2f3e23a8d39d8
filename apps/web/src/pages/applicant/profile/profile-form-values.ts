import type { components } from '../../../api/api-types.generated';

type Profile = components['schemas']['ApplicantProfile'];
export type ProfileBody = Omit<Profile, 'accountId' | 'email' | 'guardianConsent' | 'createdAt' | 'updatedAt'>;
export type LanguageLevel = components['schemas']['SpokenLanguage']['level'];

export const LANGUAGE_LEVELS: LanguageLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'];

/** What the form edits: every text a string (empty = not given), so inputs stay controlled. */
export interface ProfileFormValues {
  givenName: string;
  familyName: string;
  birthDate: string;
  homeCityId: string;
  homeCountryCode: string;
  memberProgramId: string;
  languages: Array<{ language: string; level: LanguageLevel }>;
  phone: string;
  preferredLanguage: ProfileBody['preferredLanguage'];
  emergencyContact: { name: string; relationship: string; phone: string; email: string };
  guardian: { name: string; email: string };
}

export function toFormValues(profile: Profile | null, fallbackLanguage: ProfileBody['preferredLanguage']): ProfileFormValues {
  return {
    givenName: profile?.givenName ?? '',
    familyName: profile?.familyName ?? '',
    birthDate: profile?.birthDate ?? '',
    homeCityId: profile?.homeCityId ?? '',
    homeCountryCode: profile?.homeCountryCode ?? '',
    memberProgramId: profile?.memberProgramId ?? '',
    languages: profile?.languages ?? [],
    phone: profile?.phone ?? '',
    preferredLanguage: profile?.preferredLanguage ?? fallbackLanguage,
    emergencyContact: {
      name: profile?.emergencyContact.name ?? '',
      relationship: profile?.emergencyContact.relationship ?? '',
      phone: profile?.emergencyContact.phone ?? '',
      email: profile?.emergencyContact.email ?? '',
    },
    guardian: { name: profile?.guardian?.name ?? '', email: profile?.guardian?.email ?? '' },
  };
}

/** Whole years between a birth date and `on` (both calendar days, `YYYY-MM-DD`). */
export function ageOn(birthDate: string, on: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) return null;
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [oy, om, od] = on.split('-').map(Number) as [number, number, number];
  return oy - by - (om < bm || (om === bm && od < bd) ? 1 : 0);
}

/**
 * The body the API takes. Empty optional texts become null or are left out (the API
 * refuses an empty phone); a guardian is sent when named, which a minor needs to submit.
 */
export function toProfileBody(values: ProfileFormValues): ProfileBody {
  const contact = values.emergencyContact;
  const guardianNamed = values.guardian.name.trim() !== '' || values.guardian.email.trim() !== '';
  return {
    givenName: values.givenName.trim(),
    familyName: values.familyName.trim(),
    birthDate: values.birthDate,
    homeCityId: values.homeCityId,
    homeCountryCode: values.homeCountryCode,
    memberProgramId: values.memberProgramId || null,
    languages: values.languages.filter((entry) => entry.language.trim() !== ''),
    phone: values.phone.trim() || null,
    preferredLanguage: values.preferredLanguage,
    emergencyContact: {
      name: contact.name.trim(),
      relationship: contact.relationship.trim(),
      phone: contact.phone.trim(),
      ...(contact.email.trim() ? { email: contact.email.trim() } : {}),
    },
    guardian: guardianNamed ? { name: values.guardian.name.trim(), email: values.guardian.email.trim() } : null,
  };
}
