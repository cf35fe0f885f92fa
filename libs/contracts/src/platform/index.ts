/** What every integration event carries, as relayed from the outbox to the queues. */
export interface IntegrationEvent<P = Record<string, unknown>> {
  id: string;
  type: string;
  occurredAt: string;
  /** Who caused it (account id), when someone did. */
  actorId: string | null;
  /** Where from (client address), when it came through HTTP. */
  origin: string | null;
  payload: P;
}

export interface HealthResponse {
  status: 'ok' | 'error';
  mode: { database: 'external' | 'embedded'; queue: 'redis' | 'postgres' };
  checks: { database: 'up' | 'down'; redis: 'up' | 'down' | 'not-used'; queue: 'up' | 'down' };
}
