import type { RpcAnswer, RpcParsedRequest } from '@scn/contracts';
import { OnRpc } from './on-rpc.decorator';

// A request/reply handler is typed by its operation's contract (npm test type-checks this
// file): a handler that wants what the request does not carry, or answers what the reply
// is not, does not compile.

class Handlers {
  @OnRpc('partnerships.suspend')
  suspend(request: RpcParsedRequest<'partnerships.suspend'>): Promise<RpcAnswer<'partnerships.suspend'>> {
    return Promise.reject(new Error(`not called in this test (${request.partnershipId})`));
  }

  // @ts-expect-error: partnerships.suspend carries no `notThere`
  @OnRpc('partnerships.suspend')
  wantsWhatIsNotSent(request: { notThere: string }) {
    return request;
  }

  // @ts-expect-error: inbox.mark-all-read answers how many were marked, not this
  @OnRpc('inbox.mark-all-read')
  answersSomethingElse() {
    return { nonsense: true };
  }

  @OnRpc('inbox.mark-all-read')
  markAll() {
    return { marked: 3 };
  }
}

describe(OnRpc.name, () => {
  it('registers each handler for its operation', () => {
    const patterns = (name: keyof Handlers) => Reflect.getMetadata('microservices:pattern', Handlers.prototype[name]) as unknown[];
    expect(patterns('suspend')).toEqual(['partnerships.suspend']);
    expect(patterns('markAll')).toEqual(['inbox.mark-all-read']);
  });
});
