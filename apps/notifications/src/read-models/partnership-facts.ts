import type { KnownPartnership } from '@scn-prisma/notifications';

/** How messages name a partnership: its title and its cities' names when the events gave them, else the city ids. */
export function partnershipFactsOf(partnership: KnownPartnership) {
  return {
    partnershipId: partnership.id,
    title: partnership.title,
    memberCity: partnership.memberCityName ?? partnership.memberCityId,
    partnerCity: partnership.partnerCityName ?? partnership.partnerCityId,
    memberCountryCode: partnership.memberCountryCode,
    partnerCountryCode: partnership.partnerCountryCode,
  };
}
