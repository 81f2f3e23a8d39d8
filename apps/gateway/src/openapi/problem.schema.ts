import { fieldViolationSchema } from '@scn/contracts';
import { z } from 'zod';

/**
 * The RFC 9457 problem document every error answer carries (`ProblemDetails` of
 * @scn/platform), as a zod schema so the OpenAPI document shares one `Problem` component.
 */
export const problemSchema = z
  .object({
    type: z.string().meta({ description: 'URI naming the kind of problem.', examples: ['urn:scn:problem:request.invalid'] }),
    title: z.string().meta({ description: 'Short summary of the HTTP status.', examples: ['Bad Request'] }),
    status: z.int().min(400).max(599).meta({ description: 'The HTTP status, repeated.' }),
    detail: z.string().meta({ description: 'What went wrong, for a human.' }),
    code: z.string().meta({ description: 'Stable machine-readable code of the problem.', examples: ['REQUEST.INVALID'] }),
    correlationId: z.string().meta({ description: 'Id to quote to support: it ties the answer to the logs.' }),
    instance: z.string().optional().meta({ description: 'The request path the problem is about.' }),
    errors: z
      .array(fieldViolationSchema.meta({ id: 'FieldViolation', description: 'One invalid field of the request.' }))
      .optional()
      .meta({ description: 'Each invalid field, for validation problems.' }),
  })
  .meta({ id: 'Problem', description: 'An RFC 9457 problem document, with the platform’s stable `code`.' });
