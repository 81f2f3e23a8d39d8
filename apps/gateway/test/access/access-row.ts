import type { Role } from '@scn/contracts';

/** Who may call a route: anyone, any signed-in account, or the roles listed. */
export type ExpectedAccess = 'public' | 'authenticated' | Role[];
export type AccessRows = Record<string, ExpectedAccess>;
