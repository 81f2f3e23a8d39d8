import { displayNameSchema, emailSchema, passwordSchema } from '@scn/contracts/identity/credentials';
import { z } from 'zod';

// The forms' schemas, built from the very fields the gateway validates these requests with.

export const signInSchema = z.object({ email: emailSchema, password: z.string().min(1, 'is required').max(256) });
export const registerSchema = z.object({ displayName: displayNameSchema, email: emailSchema, password: passwordSchema });
export const requestResetSchema = z.object({ email: emailSchema });
export const newPasswordSchema = z.object({ password: passwordSchema });
