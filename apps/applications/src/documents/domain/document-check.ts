import { checkDocument, documentRefusalProblem, type DocumentMediaType } from '@scn/contracts';
import { problemError } from '@scn/platform/errors';

/**
 * The service checks a file again by its content (the gateway checked before passing it
 * on): a PDF, JPEG or PNG (or only those `allowed`), at most 10 MiB, not mislabeled.
 */
export function checkedType(bytes: Uint8Array, declared: string | null, allowed?: readonly DocumentMediaType[]): DocumentMediaType {
  const checked = checkDocument(bytes, declared ?? undefined, allowed);
  if (checked.ok) return checked.type;
  const { problem, message } = documentRefusalProblem(checked);
  throw problemError(problem, message);
}
