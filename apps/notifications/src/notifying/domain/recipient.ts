/** A recipient as the planner needs it: where to reach them and how they want to be told. */
export interface ResolvedRecipient {
  id: string;
  email: string;
  accountId: string | null;
  displayName: string;
  language: string;
  timeZone: string | null;
  quietStartMinute: number | null;
  quietEndMinute: number | null;
  digest: 'off' | 'daily';
}

/** A person listed as a contact (of a partnership side or a member program). */
export interface ListedPerson {
  email: string;
  name: string;
  language?: string | null;
}
