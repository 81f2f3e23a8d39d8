import { agreementTermsSchema, type AgreementTerms } from '@scn/contracts';
import type { PartnershipKind } from './import-row';

/**
 * Terms of a partnership imported from a public list: all that is known is who is twinned
 * with whom and how. The agreement was signed long ago; version 1 records it as in force.
 */
export function importedTerms(memberCityName: string, partnerCityName: string, kind: PartnershipKind): AgreementTerms {
  return agreementTermsSchema.parse({
    title: `${memberCityName} – ${partnerCityName}`.slice(0, 300),
    kind,
    focusAreas: [],
    text: '',
    commitments: [],
  });
}
