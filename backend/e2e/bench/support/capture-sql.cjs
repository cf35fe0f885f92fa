/**
 * Loaded into the API process by the blog benchmark (NODE_OPTIONS=--require …): while the file named by
 * PREAU_BENCH_SQL_FLAG exists, every statement the API sends to PostgreSQL is appended (text and values,
 * one JSON line each) to PREAU_BENCH_SQL_LOG. The benchmark's raw handler then replays exactly those.
 * The flag is looked at every 20 ms (not on every statement), so the hook costs nothing under load.
 */
const { appendFileSync, existsSync } = require('node:fs');
const { Client } = require('pg');

const flag = process.env.PREAU_BENCH_SQL_FLAG;
const log = process.env.PREAU_BENCH_SQL_LOG;
let capturing = false;
if (flag && log) setInterval(() => (capturing = existsSync(flag)), 20).unref();

const query = Client.prototype.query;
Client.prototype.query = function capture(config, values, callback) {
  if (capturing) {
    const text = typeof config === 'string' ? config : config && config.text;
    const params = Array.isArray(values) ? values : config && Array.isArray(config.values) ? config.values : [];
    if (text) appendFileSync(log, JSON.stringify({ text, values: params }) + '\n');
  }
  return query.call(this, config, values, callback);
};
