import { Controller } from '@nestjs/common';
import { Endpoint } from '../http/endpoint.decorator';
import type { RouteInput } from '../http/route-declaration';
import { Input } from '../http/route-params.decorator';
import { deadLetterRoutes, type DeadLetterPage } from './dead-letters.routes';
import { DeadLettersService } from './dead-letters.service';

/** Dead letters, for network staff: what consumers gave up on, and its replay once fixed. */
@Controller()
export class DeadLettersController {
  constructor(private readonly deadLetters: DeadLettersService) {}

  @Endpoint(deadLetterRoutes.list)
  list(@Input() input: RouteInput<typeof deadLetterRoutes.list>): Promise<DeadLetterPage> {
    return this.deadLetters.page(input.query);
  }

  @Endpoint(deadLetterRoutes.replay)
  async replay(@Input() input: RouteInput<typeof deadLetterRoutes.replay>): Promise<{ sequence: number; replayed: true }> {
    await this.deadLetters.replay(input.params.sequence);
    return { sequence: input.params.sequence, replayed: true };
  }
}
