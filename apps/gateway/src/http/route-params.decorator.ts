import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import './request-state';

/** The request's validated input (`params`, `query`, `body`) in the shapes its route declares. */
export const Input = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  return context.switchToHttp().getRequest<FastifyRequest>().scn?.input;
});

/** The authenticated caller (undefined on public routes). */
export const Caller = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  return context.switchToHttp().getRequest<FastifyRequest>().scn?.caller;
});
