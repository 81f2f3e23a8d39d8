import { z } from 'zod';
import { singleLineText, multiLineText } from '../http/text';

/** The exchange categories, which are also the focus areas of a partnership. */
export const EXCHANGE_CATEGORIES = [
  'youth-education',
  'arts-culture',
  'business-trade',
  'humanitarian-municipal',
  'professional-technical',
] as const;
export const exchangeCategorySchema = z.enum(EXCHANGE_CATEGORIES);
export type ExchangeCategory = z.infer<typeof exchangeCategorySchema>;

export const PARTNERSHIP_KINDS = ['sister_city', 'friendship_city', 'other'] as const;
export const partnershipKindSchema = z.enum(PARTNERSHIP_KINDS);

export const PARTNERSHIP_STATUSES = ['proposed', 'active', 'suspended', 'terminated'] as const;
export const partnershipStatusSchema = z.enum(PARTNERSHIP_STATUSES);

export const AGREEMENT_SIDES = ['member', 'partner'] as const;
export const agreementSideSchema = z.enum(AGREEMENT_SIDES);
export type AgreementSide = z.infer<typeof agreementSideSchema>;

/** A person to contact on one side of a partnership or at a member program. */
export const contactSchema = z
  .object({
    name: singleLineText({ min: 1, max: 200 }),
    role: singleLineText({ max: 200 }).optional(),
    email: z.email({ message: 'must be an email address' }).max(254),
    phone: singleLineText({ max: 50 }).optional(),
    /** Language the contact reads (emails are sent in it). */
    language: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language tag such as en or fr').optional(),
  })
  .strict()
  .meta({ id: 'Contact' });
export type Contact = z.infer<typeof contactSchema>;

/** Id of a city of the gazetteer: `gn:<GeoNames id>`, `staff:<uuid>` (added by staff) or `import:<uuid>` (added by an import). */
export const CITY_ID_PATTERN = /^(gn:\d+|(staff|import):[0-9a-f-]{36})$/;
export const cityIdSchema = z.string().regex(CITY_ID_PATTERN, 'must be a city id such as gn:2988507');

/**
 * The terms of a partnership agreement: what both sides approve. Contacts are not terms
 * (they change without re-approval). An approval is bound to the SHA-256 of the
 * canonical JSON (RFC 8785) of exactly this object.
 */
export const agreementTermsSchema = z
  .object({
    title: singleLineText({ min: 1, max: 300 }),
    kind: partnershipKindSchema,
    focusAreas: z.array(exchangeCategorySchema).max(EXCHANGE_CATEGORIES.length),
    /** The memorandum's text (or a summary of it). */
    text: multiLineText({ max: 50_000 }).default(''),
    /** Commitments each side makes (exchanges per year, …). */
    commitments: z.array(multiLineText({ min: 1, max: 1_000 })).max(100).default([]),
    /** Years the agreement runs before review; absent: open-ended. */
    durationYears: z.int().min(1).max(100).optional(),
  })
  .strict()
  .meta({ id: 'AgreementTerms' });
export type AgreementTerms = z.infer<typeof agreementTermsSchema>;
