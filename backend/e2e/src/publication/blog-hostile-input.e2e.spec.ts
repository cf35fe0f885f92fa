import { type ArticleView, type CommentPage, type CommentView, type MeResponse } from '@preau/contracts';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Answer, type ApiClient, as } from '../support/client';
import { type PreauServer, startPreau } from '../support/preau-server';

/**
 * docs/product/api-conventions.md: article bodies are sanitised HTML; comment bodies and titles are plain text, returned exactly
 * as written. Hostile input is cleaned or refused with a clean problem+json, and a refused request changes nothing.
 */

const PAYLOADS = readFileSync(resolve(__dirname, '../../../../../shared/fixtures/xss/payloads.txt'), 'utf8')
  .split(/\r?\n/)
  .filter((line) => line.length > 0);

const MiB = 1024 * 1024;

type Client = ApiClient & { me: MeResponse };

let preau: PreauServer;
let teacher: Client;
let pupil: Client;
let parent: Client;
let ce2a: string;
let published: ArticleView;

/** What an article body may hold (the sanitiser's allowlist), attribute by tag. */
const ALLOWED: Record<string, string[]> = {
  h2: [], h3: [], h4: [], p: [], br: [], hr: [],
  strong: [], b: [], em: [], i: [], u: [], s: [],
  blockquote: [], ul: [], ol: [], li: [],
  a: ['href', 'rel', 'target'],
  figure: ['data-media-id'], figcaption: [], img: ['data-media-id', 'alt'], audio: ['data-media-id'], video: ['data-media-id'],
};

interface ParsedElement {
  tag: string;
  attributes: [name: string, value: string][];
}

/**
 * Parses HTML fragments as a browser does, with jsdom. jsdom 29 is an ES module graph that Jest's CommonJS
 * runtime cannot load, so it runs in a plain Node process (scripts never run: jsdom's default).
 */
function parseWithJsdom(fragments: string[]): ParsedElement[][] {
  const script = `
    const { JSDOM } = require('jsdom');
    const fragments = JSON.parse(require('fs').readFileSync(0, 'utf8'));
    const parsed = fragments.map((html) => {
      const { document } = new JSDOM('<!DOCTYPE html><html><body>' + html + '</body></html>').window;
      return Array.from(document.body.querySelectorAll('*')).map((el) => ({
        tag: el.tagName.toLowerCase(),
        attributes: Array.from(el.attributes).map((a) => [a.name.toLowerCase(), a.value]),
      }));
    });
    process.stdout.write(JSON.stringify(parsed));`;
  const output = execFileSync(process.execPath, ['-e', script], { input: JSON.stringify(fragments), cwd: resolve(__dirname, '../../../..'), maxBuffer: 256 * 1024 * 1024 });
  return JSON.parse(output.toString('utf8'));
}

/** Everything dangerous found in each stored body: as a string, then element by element and attribute by attribute. */
function offencesEach(bodies: string[]): string[][] {
  const parsed = parseWithJsdom(bodies);
  return bodies.map((html, index) => {
    const found: string[] = [];
    if (/<script/i.test(html)) found.push('"<script" in the markup');
    // The sanitiser escapes text, so every "<" left opens a real tag: look inside each one.
    for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) {
      if (/[\s/"']on[a-z]+\s*=/i.test(tag)) found.push(`event handler in ${tag}`);
      if (/[\s/"']src\s*=/i.test(tag)) found.push(`src= in ${tag}`);
      if (/javascript:|vbscript:|data:/i.test(tag)) found.push(`script scheme in ${tag}`);
    }
    for (const { tag, attributes } of parsed[index]) {
      const allowed = ALLOWED[tag];
      if (!allowed) {
        found.push(`element <${tag}>`);
        continue;
      }
      for (const [attr, value] of attributes) {
        if (attr.startsWith('on')) found.push(`<${tag} ${attr}>`);
        if (attr === 'src' || attr === 'srcset' || attr === 'style') found.push(`<${tag} ${attr}>`);
        if (!allowed.includes(attr)) found.push(`<${tag}> with attribute ${attr}`);
        if (/^\s*(javascript|vbscript|data):/i.test(value) || /javascript:/i.test(value)) found.push(`<${tag} ${attr}="${value}">`);
        if (attr === 'href' && !/^(https?:\/\/|mailto:)/i.test(value)) found.push(`<a href="${value}">`);
        if (attr === 'data-media-id' && !/^[0-9a-f-]{36}$/.test(value)) found.push(`<${tag} data-media-id="${value}">`);
      }
    }
    return found;
  });
}

const offences = (...bodies: string[]): string[] => offencesEach(bodies).flat();

function expectProblem(answer: Answer, status: number, code: string): void {
  expect({ status: answer.status, code: answer.body?.code }).toEqual({ status, code });
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(answer.body).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
  expect(JSON.stringify(answer.body)).not.toMatch(/\bat .+\.(js|ts):\d+|node_modules|stack/);
}

const storedArticle = async (id: string) => (await preau.sql<{ title: string; body: string }>('select title, body from publication.article where id = $1', [id]))[0];
const articleCount = async () => Number((await preau.sql<{ n: string }>('select count(*) as n from publication.article'))[0].n);
const commentCount = async () => Number((await preau.sql<{ n: string }>('select count(*) as n from publication.comment'))[0].n);

beforeAll(async () => {
  preau = await startPreau('blog_hostile', { PREAU_REQUESTS_PER_MINUTE: '100000' });
  teacher = await as(preau.baseUrl, 'ferry.ce2a.prof');
  pupil = await as(preau.baseUrl, 'lea.ce2a');
  parent = await as(preau.baseUrl, 'parent.lea');
  ce2a = teacher.me.classes.find((c) => c.name === 'CE2 A')?.id ?? '';
  published = (await teacher.post<ArticleView>(`/classes/${ce2a}/blog/articles`, { title: 'Cible', body: '<p>Commentez-moi</p>', publish: true })).body;
  expect(published.status).toBe('published');
  expect(PAYLOADS.length).toBeGreaterThan(100);
}, 120_000);
afterAll(() => preau?.stop());

describe('hostile markup in an article body is cleaned, never stored', () => {
  it('(the checker itself finds what it must: a control)', () => {
    expect(offences('<p>1 &lt;script&gt; 2</p><a href="https://example.org" rel="noopener noreferrer nofollow" target="_blank">ok</a>')).toEqual([]);
    const bad = offences('<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">x</a>', '<svg onload=alert(1)>', '<SCRIPT>alert(1)</SCRIPT>', '<p style="x">y</p>');
    expect(bad).toEqual(expect.arrayContaining(['<img onerror>', '<img src>', '<a href="javascript:alert(1)">', 'element <svg>', '"<script" in the markup', '<p style>']));
  });

  it('the whole payload file as one body: the answer, the stored row and what a parent reads hold nothing dangerous', async () => {
    const answer = await teacher.post<ArticleView>(`/classes/${ce2a}/blog/articles`, { title: 'Toutes les charges', body: PAYLOADS.join('\n'), publish: true });
    expect(answer.status).toBe(201);
    expect(offences(answer.body.body)).toEqual([]);
    expect(answer.body.body).toContain('click this!');
    const stored = await storedArticle(answer.body.id);
    expect(offences(stored.body)).toEqual([]);
    expect(stored.body).toBe(answer.body.body);
    const read = await parent.get<ArticleView>(`/blog/articles/${answer.body.id}`);
    expect(read.body.body).toBe(answer.body.body);
    expect(read.body.media).toEqual([]);
  });

  it('every payload line as a body of its own (a pupil’s draft)', async () => {
    const found: Record<string, string[]> = {};
    const bodies: [line: string, body: string][] = [];
    for (const line of PAYLOADS) {
      const answer = await pupil.post<ArticleView>(`/classes/${ce2a}/blog/articles`, { title: 'Une charge', body: line });
      if (answer.status !== 201) {
        found[line] = [`answered ${answer.status} ${JSON.stringify(answer.body)}`];
        continue;
      }
      bodies.push([line, answer.body.body], [line, (await storedArticle(answer.body.id)).body]);
    }
    offencesEach(bodies.map(([, body]) => body)).forEach((bad, index) => {
      if (bad.length > 0) found[bodies[index][0]] = [...(found[bodies[index][0]] ?? []), ...bad];
    });
    expect(found).toEqual({});
  });

  it('an edit is cleaned the same way', async () => {
    const draft = (await pupil.post<ArticleView>(`/classes/${ce2a}/blog/articles`, { title: 'À modifier', body: '<p>sage</p>' })).body;
    const edited = await pupil.patch<ArticleView>(`/blog/articles/${draft.id}`, { body: PAYLOADS.join('') });
    expect(edited.status).toBe(200);
    expect(offences(edited.body.body)).toEqual([]);
    expect(offences((await storedArticle(draft.id)).body)).toEqual([]);
  });

  it('links keep http(s) and mailto only; media tags keep their reference only', async () => {
    const body = [
      '<a href="javascript:alert(1)">a</a>',
      '<a href="JaVaScRiPt&#58;alert(1)">b</a>',
      '<a href=" java\tscript:alert(1)">c</a>',
      '<a href="data:text/html,<script>alert(1)</script>">d</a>',
      '<a href="//evil.example">e</a>',
      '<a href="https://fr.vikidia.org/wiki/Loup" onclick="x()">f</a>',
      '<img src="https://evil.example/p.png" data-media-id="javascript:alert(1)">',
      '<video src="x" poster="javascript:alert(1)" data-media-id="00000000-0000-4000-8000-00000000000g"></video>',
      '<svg><a xlink:href="javascript:alert(1)"><text>g</text></a></svg>',
      '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
      '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">h</button></form>',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    ].join('');
    const answer = await teacher.post<ArticleView>(`/classes/${ce2a}/blog/articles`, { title: 'Liens', body });
    expect(answer.status).toBe(201);
    expect(offences(answer.body.body)).toEqual([]);
    const links = parseWithJsdom([answer.body.body])[0].filter((e) => e.tag === 'a');
    expect(links.map((a) => Object.fromEntries(a.attributes)['href'])).toEqual(['https://fr.vikidia.org/wiki/Loup']);
    expect(answer.body.media).toEqual([]);
  });
});

describe('titles and comments are plain text, returned exactly as written', () => {
  it('every payload line as a title comes back as written (answer, stored row, reading)', async () => {
    const changed: Record<string, string> = {};
    for (const line of PAYLOADS.map((l) => l.trim())) {
      const answer = await teacher.post<ArticleView>(`/classes/${ce2a}/blog/articles`, { title: line, body: '<p>x</p>', publish: true });
      if (answer.status !== 201) {
        changed[line] = `answered ${answer.status} ${JSON.stringify(answer.body)}`;
        continue;
      }
      const read = await parent.get<ArticleView>(`/blog/articles/${answer.body.id}`);
      const stored = await storedArticle(answer.body.id);
      for (const [where, title] of [['answer', answer.body.title], ['read', read.body.title], ['stored', stored.title]]) {
        if (title !== line) changed[line] = `${where}: ${title}`;
      }
    }
    expect(changed).toEqual({});
  });

  it('a title is trimmed at both ends, and otherwise kept', async () => {
    const answer = await teacher.post<ArticleView>(`/classes/${ce2a}/blog/articles`, { title: '  <b>Gras</b> & "cité"  ', body: '<p>x</p>' });
    expect(answer.body.title).toBe('<b>Gras</b> & "cité"');
  });

  it('every payload line as a comment comes back as written (answer, stored row, listing)', async () => {
    const changed: Record<string, string> = {};
    for (const line of PAYLOADS) {
      const answer = await pupil.post<CommentView>(`/blog/articles/${published.id}/comments`, { body: line });
      if (answer.status !== 201) {
        changed[line] = `answered ${answer.status} ${JSON.stringify(answer.body)}`;
        continue;
      }
      const [stored] = await preau.sql<{ body: string }>('select body from publication.comment where id = $1', [answer.body.id]);
      if (answer.body.body !== line) changed[line] = `answer: ${answer.body.body}`;
      if (stored.body !== line) changed[line] = `stored: ${stored.body}`;
    }
    expect(changed).toEqual({});
    const listed = (await teacher.get<CommentPage>(`/blog/articles/${published.id}/comments`)).body.items.map((c) => c.body);
    expect(listed).toEqual(expect.arrayContaining(PAYLOADS));
  });
});

describe('limits and malformed requests: a clean 400 (or 413), and nothing changes', () => {
  let draft: ArticleView;

  beforeAll(async () => {
    draft = (await pupil.post<ArticleView>(`/classes/${ce2a}/blog/articles`, { title: 'Intact', body: '<p>Ne change pas</p>' })).body;
  });

  it('a body over 1 MiB once sanitised (escaping makes it grow) → 400 VALIDATION_FAILED ABodyIsAtMostOneMegabyte, nothing stored', async () => {
    const before = await articleCount();
    const body = '&'.repeat(300_000); // 300 kB sent, 1.5 MB once escaped as &amp;
    const answer = await teacher.post(`/classes/${ce2a}/blog/articles`, { title: 'Trop long', body });
    expectProblem(answer, 400, 'VALIDATION_FAILED');
    expect(answer.body.rule).toBe('ABodyIsAtMostOneMegabyte');
    expect(await articleCount()).toBe(before);
  });

  it('a body of exactly 1 MiB is accepted (the limit is inclusive)', async () => {
    const answer: Answer = await teacher.post(`/classes/${ce2a}/blog/articles`, { title: 'Juste à la limite', body: 'a'.repeat(MiB) });
    expect({ status: answer.status, code: answer.body?.code }).toEqual({ status: 201, code: undefined });
    expect(Buffer.byteLength((await storedArticle(answer.body.id)).body)).toBe(MiB);
  });

  it('a plain body over 1 MiB → 400 VALIDATION_FAILED (rule or field body), nothing stored', async () => {
    const before = await articleCount();
    const answer = await teacher.post(`/classes/${ce2a}/blog/articles`, { title: 'Trop long', body: 'a'.repeat(MiB + 1024) });
    expectProblem(answer, 400, 'VALIDATION_FAILED');
    expect(answer.body.rule === 'ABodyIsAtMostOneMegabyte' || answer.body.errors?.some((e: { field: string }) => e.field === 'body')).toBe(true);
    expect(await articleCount()).toBe(before);
  });

  it('a markup-heavy body over 1 MiB raw that sanitises well under 1 MiB is accepted (the limit applies after sanitising)', async () => {
    const body = '<p onclick="alert(1)" class="a-long-class-name-the-sanitiser-drops">a</p>'.repeat(20_000); // ~1.4 MB raw, 160 kB clean
    const answer: Answer = await teacher.post(`/classes/${ce2a}/blog/articles`, { title: 'Beaucoup de balises', body });
    expect({ status: answer.status, code: answer.body?.code }).toEqual({ status: 201, code: undefined });
    expect(answer.body.body).toBe('<p>a</p>'.repeat(20_000));
  });

  it('a request over the raw limit (2 MiB of text) is refused cleanly: 413 PAYLOAD_TOO_LARGE or 400 VALIDATION_FAILED', async () => {
    const before = await articleCount();
    const answer = await teacher.post(`/classes/${ce2a}/blog/articles`, { title: 'Énorme', body: 'a'.repeat(2 * MiB + 10) });
    expect([400, 413]).toContain(answer.status);
    expectProblem(answer, answer.status, answer.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'VALIDATION_FAILED');
    expect(await articleCount()).toBe(before);
  });

  it.each([
    ['201 characters', 'é'.repeat(201), 'ATitleIsOneTo200Characters'],
    ['only spaces', '    ', 'ATitleIsOneTo200Characters'],
    ['empty', '', 'ATitleIsOneTo200Characters'],
  ])('a title of %s → 400 VALIDATION_FAILED', async (_label, title, rule) => {
    const before = await articleCount();
    const answer = await teacher.post(`/classes/${ce2a}/blog/articles`, { title, body: '<p>x</p>' });
    expectProblem(answer, 400, 'VALIDATION_FAILED');
    expect(answer.body.rule).toBe(rule);
    expect(await articleCount()).toBe(before);
  });

  it('a title of 401 characters → 400 on the field title; 200 characters (emoji count as one) are accepted', async () => {
    const answer = await teacher.post(`/classes/${ce2a}/blog/articles`, { title: 'x'.repeat(401), body: '<p>x</p>' });
    expectProblem(answer, 400, 'VALIDATION_FAILED');
    expect(answer.body.errors.map((e: { field: string }) => e.field)).toContain('title');
    expect((await teacher.post(`/classes/${ce2a}/blog/articles`, { title: '🌋'.repeat(200), body: '<p>x</p>' })).status).toBe(201);
    expect((await teacher.post(`/classes/${ce2a}/blog/articles`, { title: 'é'.repeat(200), body: '<p>x</p>' })).status).toBe(201);
  });

  it.each([
    ['POST an article with status', 'POST', () => `/classes/${ce2a}/blog/articles`, { title: 'x', body: '<p>x</p>', status: 'published' }],
    ['POST an article with authorId', 'POST', () => `/classes/${ce2a}/blog/articles`, { title: 'x', body: '<p>x</p>', authorId: '00000000-0000-4000-8000-000000000000' }],
    ['PATCH an article with classId', 'PATCH', () => `/blog/articles/${draft.id}`, { title: 'Changé', classId: '00000000-0000-4000-8000-000000000000' }],
    ['PATCH an article with status', 'PATCH', () => `/blog/articles/${draft.id}`, { status: 'published' }],
    ['POST a comment with status', 'POST', () => `/blog/articles/${published.id}/comments`, { body: 'x', status: 'visible' }],
    ['POST reject with publish', 'POST', () => `/blog/articles/${draft.id}/reject`, { feedback: 'x', publish: true }],
  ] as [string, string, () => string, Record<string, unknown>][])('unknown fields are refused: %s → 400 VALIDATION_FAILED', async (_label, method, path, body) => {
    const before = { articles: await articleCount(), comments: await commentCount() };
    expectProblem(await (method === 'PATCH' ? pupil : teacher).request(method, path(), body), 400, 'VALIDATION_FAILED');
    expect({ articles: await articleCount(), comments: await commentCount() }).toEqual(before);
  });

  it.each([
    ['wrong types', { title: ['x'], body: { p: 1 } }, ['title', 'body']],
    ['a media id that is not a uuid', { title: 'x', body: '<p>x</p>', mediaIds: ["1' or '1'='1"] }, ['mediaIds.0']],
    ['publish as a string', { title: 'x', body: '<p>x</p>', publish: 'yes' }, ['publish']],
    ['51 media items', { title: 'x', body: '<p>x</p>', mediaIds: Array.from({ length: 51 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`) }, ['mediaIds']],
  ] as [string, Record<string, unknown>, string[]][])('%s → 400 VALIDATION_FAILED naming the fields', async (_label, body, fields) => {
    const before = await articleCount();
    const answer = await teacher.post(`/classes/${ce2a}/blog/articles`, body);
    expectProblem(answer, 400, 'VALIDATION_FAILED');
    expect(answer.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(fields));
    expect(await articleCount()).toBe(before);
  });

  it.each([
    ['malformed JSON', '{"title":'],
    ['a __proto__ key', '{"title":"x","body":"<p>x</p>","__proto__":{"isAdmin":true}}'],
    ['a constructor.prototype key', '{"title":"x","body":"<p>x</p>","constructor":{"prototype":{"isAdmin":true}}}'],
    ['an array', '[{"title":"x","body":"<p>x</p>"}]'],
  ])('%s → 400 VALIDATION_FAILED problem+json', async (_label, raw) => {
    const before = await articleCount();
    expectProblem(await teacher.request('POST', `/classes/${ce2a}/blog/articles`, undefined, { raw }), 400, 'VALIDATION_FAILED');
    expect(await articleCount()).toBe(before);
  });

  it.each([
    ['GET', '/blog/articles/not-a-uuid'],
    ['GET', "/blog/articles/1'%20or%20'1'='1"],
    ['GET', '/blog/articles/00000000-0000-4000-8000-00000000000g'],
    ['PATCH', '/blog/articles/..%2F..%2Fadmin'],
    ['DELETE', '/blog/articles/42'],
    ['POST', '/blog/articles/not-a-uuid/publish'],
    ['GET', '/blog/articles/not-a-uuid/comments'],
    ['POST', '/blog/comments/not-a-uuid/approve'],
    ['DELETE', '/blog/comments/not-a-uuid'],
    ['GET', '/classes/not-a-uuid/blog/articles'],
    ['POST', '/classes/not-a-uuid/blog/articles'],
  ])('a malformed id in the path (%s %s) → 400 VALIDATION_FAILED problem+json', async (method, path) => {
    const body = method === 'PATCH' || (method === 'POST' && path.endsWith('/articles')) ? { title: 'x', body: '<p>x</p>' } : undefined;
    expectProblem(await teacher.request(method, path, body), 400, 'VALIDATION_FAILED');
  });

  it('a cursor that is not one → 400 on the field cursor', async () => {
    const answer = await teacher.get(`/classes/${ce2a}/blog/articles?cursor=${encodeURIComponent("' or 1=1 --")}`);
    expectProblem(answer, 400, 'VALIDATION_FAILED');
    expect(answer.body.errors.map((e: { field: string }) => e.field)).toContain('cursor');
    expectProblem(await teacher.get(`/classes/${ce2a}/blog/articles?status=deleted`), 400, 'VALIDATION_FAILED');
    expectProblem(await teacher.get(`/classes/${ce2a}/blog/articles?limit=1000`), 400, 'VALIDATION_FAILED');
  });

  it('comments: empty, blank, over 2000 characters → 400; 2000 characters (emoji count as one) accepted', async () => {
    const before = await commentCount();
    for (const body of ['', '   \n\t ', 'x'.repeat(2001), 42]) {
      expectProblem(await teacher.post(`/blog/articles/${published.id}/comments`, { body }), 400, 'VALIDATION_FAILED');
    }
    expect(await commentCount()).toBe(before);
    expect((await teacher.post(`/blog/articles/${published.id}/comments`, { body: '🙂'.repeat(2000) })).status).toBe(201);
  });

  it('every refused edit left the draft exactly as it was', async () => {
    const refused: [string, Record<string, unknown>][] = [
      ['title too long', { title: 'x'.repeat(201) }],
      ['body too long once sanitised', { body: '&'.repeat(300_000) }],
      ['unknown field', { title: 'Changé', evil: true }],
      ['wrong type', { title: 'Changé', body: 42 }],
      ['foreign media', { title: 'Changé', mediaIds: ['00000000-0000-4000-8000-000000000000'] }],
    ];
    const before = await pupil.get<ArticleView>(`/blog/articles/${draft.id}`);
    for (const [label, changes] of refused) {
      const answer = await pupil.patch(`/blog/articles/${draft.id}`, changes);
      expect({ label, status: answer.status }).toEqual({ label, status: 400 });
    }
    expect(await storedArticle(draft.id)).toEqual({ title: 'Intact', body: '<p>Ne change pas</p>' });
    const after = await pupil.get<ArticleView>(`/blog/articles/${draft.id}`);
    expect(after.body).toEqual(before.body);
  });
});
