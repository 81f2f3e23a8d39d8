/** What messages read of a known partnership to name it (a row of `known_partnerships` fits). */
export interface PartnershipNaming {
  id: string;
  title: string | null;
  memberCityId: string;
  memberCityName: string | null;
  partnerCityId: string;
  partnerCityName: string | null;
  memberCountryCode: string;
  partnerCountryCode: string;
}

/** How messages name a partnership: its title and its cities' names when the events gave them, else the city ids. */
export function partnershipFactsOf(partnership: PartnershipNaming) {
  return {
    partnershipId: partnership.id,
    title: partnership.title,
    memberCity: partnership.memberCityName ?? partnership.memberCityId,
    partnerCity: partnership.partnerCityName ?? partnership.partnerCityId,
    memberCountryCode: partnership.memberCountryCode,
    partnerCountryCode: partnership.partnerCountryCode,
  };
}
