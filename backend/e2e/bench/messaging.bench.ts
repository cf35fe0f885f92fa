/**
 * `npm run bench:messaging`: live delivery latency. The built API runs as deployed (production mode, Redis, a
 * worker beside it); 200 live streams (GET /api/v1/notifications/stream, as browsers' EventSource) are open,
 * spread over the people a teacher may write to (several tabs and devices each); the teacher sends messages
 * (BENCH_MESSAGES, default 150, BENCH_CONCURRENCY at once, default 4), each to one person, and every stream of
 * that person must receive its `message.received`. Prints the latency from the sender's acknowledgement (the
 * 201) to the event's arrival on each stream — p50 / p95 / p99 / max (target p95 ≤ 200 ms) — and from the
 * request's start, plus how many events arrived before the acknowledgement itself.
 */
import { DEMO_ACADEMY, type SentMessage } from '@preau/contracts';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { as } from '../src/support/client';
import { LiveClient } from '../src/support/live-client';
import { startPreau, startWorker } from '../src/support/preau-server';

const STREAMS = Number(process.env['BENCH_STREAMS'] ?? 200);
const MESSAGES = Number(process.env['BENCH_MESSAGES'] ?? 150);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 4);
const SENDER = 'ferry.ce2a.prof';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main(): Promise<void> {
  const preau = await startPreau('bench_messaging', {
    NODE_ENV: 'production',
    PREAU_DEMO: '1',
    PREAU_SIGNING_SECRET: randomBytes(32).toString('hex'),
    PREAU_LOG_LEVEL: 'warn',
    PREAU_REQUESTS_PER_MINUTE: '1000000',
    PREAU_MESSAGING_ADULT_MESSAGES: '100000',
    // Hundreds of streams over a handful of demo people: far more per person than a family's tabs and devices.
    PREAU_LIVE_STREAMS_PER_PERSON: String(STREAMS),
  });
  const worker = startWorker(preau);
  const streams: LiveClient[] = [];
  try {
    const sender = await as(preau.baseUrl, SENDER);
    const recipients = await Promise.all(
      DEMO_ACADEMY.people
        .filter((p) => !['academie.admin', SENDER, 'parent.nina', 'tom.cm2'].includes(p.login))
        .map((p) => as(preau.baseUrl, p.login)),
    );
    const allowed = new Set((await sender.get<{ people: { id: string }[] }>('/messaging/recipients')).body.people.map((p) => p.id));
    const targets = recipients.filter((r) => allowed.has(r.me.id));
    const streamsOf = new Map<string, LiveClient[]>();
    for (let i = 0; i < STREAMS; i++) {
      const person = targets[i % targets.length];
      const stream = new LiveClient(() => preau.baseUrl, person.cookie ?? '');
      streams.push(stream);
      streamsOf.set(person.me.id, [...(streamsOf.get(person.me.id) ?? []), stream]);
    }
    await Promise.all(streams.map((s) => s.ready()));
    console.log(`${streams.length} live streams open over ${targets.length} people; ${MESSAGES} messages from ${SENDER}, ${CONCURRENCY} at a time`);

    const sent: { messageId: string; recipientId: string; start: number; ack: number }[] = [];
    let next = 0;
    const send = async () => {
      while (next < MESSAGES) {
        const n = next++;
        const recipient = targets[n % targets.length];
        const start = performance.now();
        const answer = await sender.post<SentMessage>('/messaging/conversations', { recipientIds: [recipient.me.id], subject: `Bench ${n}`, body: `Message ${n}` });
        const ack = performance.now();
        if (answer.status !== 201) throw new Error(`send ${n}: ${answer.status} ${JSON.stringify(answer.body)}`);
        sent.push({ messageId: answer.body.messageId, recipientId: recipient.me.id, start, ack });
      }
    };
    const began = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, send));
    const sendSeconds = (performance.now() - began) / 1000;
    const deadline = Date.now() + 30_000;
    const arrivals = () =>
      sent.flatMap((s) =>
        (streamsOf.get(s.recipientId) ?? []).map((stream) => {
          const event = stream.events.find((e) => e.type === 'message.received' && e.data.messageId === s.messageId);
          return event ? { fromAck: event.at - s.ack, fromStart: event.at - s.start } : null;
        }),
      );
    let measured = arrivals();
    while (measured.some((m) => m === null) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      measured = arrivals();
    }
    const missing = measured.filter((m) => m === null).length;
    const got = measured.filter((m): m is { fromAck: number; fromStart: number } => m !== null);
    const fromAck = got.map((m) => Math.max(0, m.fromAck)).sort((a, b) => a - b);
    const fromStart = got.map((m) => m.fromStart).sort((a, b) => a - b);
    const acks = sent.map((s) => s.ack - s.start).sort((a, b) => a - b);
    const duplicates = streams.reduce((n, s) => {
      const ids = s.events.filter((e) => e.type === 'message.received').map((e) => e.data.messageId);
      return n + ids.length - new Set(ids).size;
    }, 0);
    console.log(`sent ${sent.length} messages in ${sendSeconds.toFixed(1)} s (${(sent.length / sendSeconds).toFixed(1)} messages/s); acknowledgement p50 ${ms(percentile(acks, 50))}, p95 ${ms(percentile(acks, 95))}`);
    console.log(`deliveries measured: ${got.length} (missing ${missing}, duplicated ${duplicates}); ${got.filter((m) => m.fromAck < 0).length} arrived before the acknowledgement`);
    console.log(`latency acknowledgement → event: p50 ${ms(percentile(fromAck, 50))}  p95 ${ms(percentile(fromAck, 95))}  p99 ${ms(percentile(fromAck, 99))}  max ${ms(fromAck[fromAck.length - 1] ?? 0)}`);
    console.log(`latency request start → event:   p50 ${ms(percentile(fromStart, 50))}  p95 ${ms(percentile(fromStart, 95))}  p99 ${ms(percentile(fromStart, 99))}`);
    console.log(`target p95 ≤ 200 ms: ${percentile(fromAck, 95) <= 200 && missing === 0 && duplicates === 0 ? 'met' : 'NOT met'}`);
  } finally {
    for (const s of streams) s.close();
    worker.kill('SIGTERM');
    await preau.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
