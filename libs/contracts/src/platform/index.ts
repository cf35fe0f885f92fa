export interface HealthResponse {
  status: 'ok' | 'error';
  mode: { database: 'external' | 'embedded'; queue: 'redis' | 'postgres' };
  checks: { database: 'up' | 'down'; redis: 'up' | 'down' | 'not-used'; queue: 'up' | 'down' };
}
