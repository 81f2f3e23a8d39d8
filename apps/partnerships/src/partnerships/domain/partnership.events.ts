import type { CatalogueEventData, DomainEvents } from '@scn/contracts';

type PartnershipEventType = Extract<keyof DomainEvents, `partnership.${string}`>;

/**
 * Added to each event when it is written: the aggregate knows its city ids, not their
 * countries or names; the title is the terms' of the version under negotiation or in force.
 */
export type PartnershipEventCountries = {
  memberCountryCode: string;
  partnerCountryCode: string;
  memberCityName: string;
  partnerCityName: string;
  title?: string;
};

/** A `partnership.*` event the aggregate raised, to be written to the outbox with the change. */
export type PartnershipEvent = {
  [T in PartnershipEventType]: { type: T; data: Omit<CatalogueEventData<DomainEvents, T>, keyof PartnershipEventCountries> };
}[PartnershipEventType];
