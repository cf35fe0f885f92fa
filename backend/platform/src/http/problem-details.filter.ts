import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { ErrorCodes } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import type { FastifyReply } from 'fastify';
import { ZodValidationException } from 'nestjs-zod';
import type { ZodError } from 'zod';
import { codeOfStatus, statusOf } from './error-status';
import { problem, PROBLEM_CONTENT_TYPE } from './problem';

/** A refusal raised outside the domain (guards, rate limits) with a stable code. */
export class ApiError extends HttpException {
  constructor(
    readonly code: string,
    detail: string,
    readonly extensions: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail, statusOf(code));
  }
}

export function zodFieldErrors(error: ZodError): { field: string; message: string }[] {
  return error.issues.map((issue) => ({ field: issue.path.length ? issue.path.join('.') : '(body)', message: issue.message }));
}

/** SQLSTATEs that mean "someone else acted at the same moment": the caller may simply try again. */
const CONCURRENCY_STATES: Record<string, string> = {
  '40001': 'Someone changed this at the same moment; try again.',
  '40P01': 'Someone changed this at the same moment; try again.',
  '55P03': 'Someone is changing this right now; try again.',
  '23503': 'What this refers to was removed at the same moment.',
};

/** The driver's SQLSTATE, on the error or on the one it wraps (MikroORM keeps the driver's error as `previous`). */
function concurrencyProblem(exception: unknown): string | null {
  const state = sqlStateOf(exception, Object.keys(CONCURRENCY_STATES));
  return state ? (CONCURRENCY_STATES[state] ?? null) : null;
}

/** The SQLSTATE of a database error (possibly wrapped by the ORM), when it is one of `states`. */
function sqlStateOf(exception: unknown, states: readonly string[]): string | null {
  for (let e = exception as { code?: unknown; sqlState?: unknown; previous?: unknown } | undefined, depth = 0; e && depth < 3; e = e.previous as typeof e, depth++) {
    const state = typeof e.sqlState === 'string' ? e.sqlState : typeof e.code === 'string' ? e.code : undefined;
    if (state && states.includes(state)) return state;
  }
  return null;
}

/** Text PostgreSQL cannot store (a NUL character, an unencodable one): the request's fault, never a 500. */
const UNSTORABLE_TEXT_STATES = ['22021', '22P05'];

/**
 * Every error leaves the API as RFC 9457 problem details with a stable code; no stack trace ever
 * leaves the server (unexpected errors are logged with the request id, answered as INTERNAL_ERROR).
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const { status, body, headers } = this.toProblem(exception);
    if (status >= 500) this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    reply.status(status).headers({ ...headers, 'content-type': PROBLEM_CONTENT_TYPE }).send(body);
  }

  toProblem(exception: unknown): { status: number; body: ReturnType<typeof problem>; headers: Record<string, string> } {
    if (exception instanceof ZodValidationException) {
      const errors = zodFieldErrors(exception.getZodError() as ZodError);
      return { status: 400, headers: {}, body: problem(400, ErrorCodes.VALIDATION_FAILED, 'The request has invalid fields.', { errors }) };
    }
    if (exception instanceof DomainError) {
      const status = statusOf(exception.code);
      // A limit says when to come back (RFC 9110 Retry-After), in seconds, when the rule knows it.
      const retryAfter = exception.details['retryAfter'];
      const headers: Record<string, string> = status === 429 && typeof retryAfter === 'number' ? { 'retry-after': String(Math.max(1, Math.ceil(retryAfter))) } : {};
      return { status, headers, body: problem(status, exception.code, exception.message, exception.details) };
    }
    if (exception instanceof ApiError) {
      return { status: exception.getStatus(), headers: exception.headers, body: problem(exception.getStatus(), exception.code, exception.message, exception.extensions) };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = codeOfStatus(status);
      const detail = status === 404 ? 'No such resource.' : status >= 500 ? 'Something went wrong on our side.' : exception.message;
      return { status, headers: {}, body: problem(status, code, detail) };
    }
    const concurrent = concurrencyProblem(exception);
    if (concurrent) return { status: 409, headers: {}, body: problem(409, ErrorCodes.CONFLICT, concurrent) };
    if (sqlStateOf(exception, UNSTORABLE_TEXT_STATES)) {
      return { status: 400, headers: {}, body: problem(400, ErrorCodes.VALIDATION_FAILED, 'The request contains characters that are not text.') };
    }
    const fastifyStatus = (exception as { statusCode?: number })?.statusCode;
    if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
      const code = fastifyStatus === 413 ? ErrorCodes.PAYLOAD_TOO_LARGE : fastifyStatus === 415 ? ErrorCodes.UNSUPPORTED_MEDIA_TYPE : codeOfStatus(fastifyStatus);
      return { status: fastifyStatus, headers: {}, body: problem(fastifyStatus, code, (exception as Error).message) };
    }
    return { status: 500, headers: {}, body: problem(500, ErrorCodes.INTERNAL_ERROR, 'Something went wrong on our side.') };
  }
}
