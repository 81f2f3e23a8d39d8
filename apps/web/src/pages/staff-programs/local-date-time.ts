// An application window opens and closes at an instant; staff type it as a time of their
// own day (`<input type="datetime-local">`, which has no zone). These two convert between
// that local wall-clock value and the API's ISO instant, in the viewer's time zone — the
// same zone the console shows every instant in.

const pad = (value: number) => String(value).padStart(2, '0');

/** `2027-03-01T09:00:00Z` → `2027-03-01T10:00` for a viewer in Paris; '' for no instant. */
export function toLocalInput(isoInstant: string | null | undefined): string {
  if (!isoInstant) return '';
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * `2027-03-01T10:00` typed in Paris → `2027-03-01T09:00:00.000Z`. An empty or unreadable
 * value is answered as it is, for the contract's rule to name the field.
 */
export function fromLocalInput(local: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return local;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}
