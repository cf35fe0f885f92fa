/**
 * The blog benchmark's baseline, in a process of its own like the API: bare Fastify + pg answering GET /feed by
 * replaying the statements (text and values) the API sent to PostgreSQL for one feed request, on one pooled
 * connection, and answering the feed's rows and their media rows as JSON. No framework, ORM, access layer,
 * session, rate limit nor view building. Usage: node raw-feed-server.cjs <database url> <statements.jsonl>
 * Prints the URL it listens on.
 */
const { readFileSync } = require('node:fs');
const Fastify = require('fastify');
const { Pool } = require('pg');

const [databaseUrl, statementsFile] = process.argv.slice(2);
const statements = readFileSync(statementsFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
const feedStatement = statements.findIndex((s) => s.text.includes('from publication.article a'));
const pool = new Pool({ connectionString: databaseUrl, max: 10 });
const app = Fastify({ logger: false });

app.get('/feed', async () => {
  const client = await pool.connect();
  try {
    const results = [];
    for (const s of statements) results.push((await client.query(s.text, s.values)).rows);
    return { items: results[feedStatement], media: results[results.length - 1] };
  } finally {
    client.release();
  }
});

app.listen({ port: 0, host: '127.0.0.1' }).then((url) => console.log(url));
process.on('SIGTERM', () => app.close().then(() => pool.end()).then(() => process.exit(0)));
