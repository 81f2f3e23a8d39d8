import type { ApplicantProfileView } from '@scn/contracts';
import type { ApplicantProfile } from '../domain/applicant-profile';

/** The profile as its owner reads it. */
export function applicantView(profile: ApplicantProfile & { createdAt: Date; updatedAt: Date }): ApplicantProfileView {
  return {
    accountId: profile.accountId,
    email: profile.email,
    givenName: profile.givenName,
    familyName: profile.familyName,
    birthDate: profile.birthDate.toISOString().slice(0, 10),
    homeCityId: profile.homeCityId,
    homeCountryCode: profile.homeCountryCode,
    memberProgramId: profile.memberProgramId,
    languages: profile.languages,
    phone: profile.phone,
    preferredLanguage: profile.preferredLanguage as ApplicantProfileView['preferredLanguage'],
    emergencyContact: profile.emergencyContact,
    guardian: profile.guardian,
    guardianConsent: {
      status: consentStatus(profile),
      requestedAt: profile.guardianConsentRequestedAt?.toISOString() ?? null,
      givenAt: profile.guardianConsentGivenAt?.toISOString() ?? null,
      givenFrom: profile.guardianConsentGivenFrom,
    },
    createdAt: profile.createdAt.toISOString(),
    updatedAt: profile.updatedAt.toISOString(),
  };
}

function consentStatus(profile: ApplicantProfile): ApplicantProfileView['guardianConsent']['status'] {
  if (!profile.guardian) return 'not-needed';
  if (profile.guardianConsentGivenAt) return 'given';
  return profile.guardianConsentRequestedAt ? 'requested' : 'not-requested';
}
