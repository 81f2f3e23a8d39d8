import type { RpcErrorBody } from '@scn/contracts';

/** A typed failure of a request/reply call: the service's own error, or the transport's. */
export class RpcCallError extends Error {
  constructor(readonly error: RpcErrorBody) {
    super(error.message);
    this.name = 'RpcCallError';
  }
}
