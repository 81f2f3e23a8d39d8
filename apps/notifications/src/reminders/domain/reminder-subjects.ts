import type { PartnershipNaming } from '../../catalogue/partnership-facts';

// What reminders read of their subjects when they fire. Rows of the read models
// (`known_exchange_programs`, `known_partnerships`, `known_member_programs`) fit; the
// domain names only the fields it needs, so it knows nothing of the database client.

export interface ExchangeProgramSubject {
  id: string;
  partnershipId: string;
  title: string;
  category: string;
  status: string;
  applicationClosesAt: Date;
  decisionReleaseAt: Date | null;
  travelStart: Date;
}

export interface PartnershipSubject extends PartnershipNaming {
  status: string;
  startDate: Date | null;
}

export interface MemberProgramSubject {
  id: string;
  name: string;
  membership: string;
  duesPaidThrough: number | null;
}
