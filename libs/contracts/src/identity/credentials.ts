import { z } from 'zod';
import { singleLineText } from '../http/text';

// The fields people type to sign up, sign in and finish an emailed action. The gateway
// validates its requests with them and the web console its forms, so both refuse the
// same input with the same message.

export const emailSchema = z.email({ message: 'must be an email address' }).max(254);
export const passwordSchema = z
  .string()
  .min(12, 'must be at least 12 characters')
  .max(256, 'must be at most 256 characters');
export const languageSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language tag such as en, es, fr or de-AT')
  .default('en');
export const displayNameSchema = singleLineText({ min: 1, max: 200 });
/** The secret from an emailed link. */
export const actionTokenSchema = z.string().min(20).max(200);
