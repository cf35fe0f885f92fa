import type { Tree } from '@nx/devkit';
import { contextGenerator } from '../context/generator';
import { text, treeWithPreauFiles } from '../testing-workspace';
import { useCaseGenerator, type UseCaseGeneratorSchema } from './generator';

const src = 'backend/contexts/school-life/src';

describe('use-case generator', () => {
  let tree: Tree;
  const generate = (options: Omit<UseCaseGeneratorSchema, 'skipFormat'>) =>
    useCaseGenerator(tree, { ...options, skipFormat: true });

  beforeEach(async () => {
    tree = treeWithPreauFiles();
    await contextGenerator(tree, { name: 'school-life', skipFormat: true });
  });

  it('writes a command folder: the message extends Command<R>, the handler is a @CommandHandler, its spec beside it', async () => {
    await generate({ context: 'school-life', name: 'publish-article', kind: 'command' });

    const folder = `${src}/application/commands/publish-article`;
    expect(tree.children(folder).sort()).toEqual([
      'publish-article.command.ts',
      'publish-article.handler.spec.ts',
      'publish-article.handler.ts',
    ]);
    const command = text(tree, `${folder}/publish-article.command.ts`);
    expect(command).toContain("import { Command } from '@preau/contracts';");
    expect(command).toContain('export class PublishArticleCommand extends Command<void> {');
    expect(command).toContain('super();');
    const handler = text(tree, `${folder}/publish-article.handler.ts`);
    expect(handler).toContain('@CommandHandler(PublishArticleCommand)');
    expect(handler).toContain(
      'export class PublishArticleHandler implements ICommandHandler<PublishArticleCommand, void>',
    );
    expect(handler).toContain('@Inject(CLOCK) private readonly clock: Clock');
    expect(handler).toContain('private readonly outbox: Outbox');
    expect(handler).not.toContain('CLASS_ACCESS');
  });

  it('writes a query folder: the message extends Query<R>, the handler is a @QueryHandler', async () => {
    await generate({ context: 'school-life', name: 'get-notices', kind: 'query' });

    const folder = `${src}/application/queries/get-notices`;
    expect(tree.children(folder).sort()).toEqual([
      'get-notices.handler.spec.ts',
      'get-notices.handler.ts',
      'get-notices.query.ts',
    ]);
    expect(text(tree, `${folder}/get-notices.query.ts`)).toContain(
      'export class GetNoticesQuery extends Query<GetNoticesResult> {',
    );
    const handler = text(tree, `${folder}/get-notices.handler.ts`);
    expect(handler).toContain('@QueryHandler(GetNoticesQuery)');
    expect(handler).toContain('implements IQueryHandler<GetNoticesQuery, GetNoticesResult>');
  });

  it('with --class-scoped, injects CLASS_ACCESS and checks the action before anything else', async () => {
    await generate({
      context: 'school-life',
      name: 'publish-article',
      kind: 'command',
      classScoped: true,
      action: 'blog.write',
    });

    const handler = text(tree, `${src}/application/commands/publish-article/publish-article.handler.ts`);
    expect(handler).toContain('@Inject(CLASS_ACCESS) private readonly classAccess: ClassAccessPort');
    expect(handler).toContain(
      "await checkClassAction(this.classAccess, command.actorId, command.classId, 'blog.write');",
    );
    expect(text(tree, `${src}/application/commands/publish-article/publish-article.command.ts`)).toContain(
      'readonly classId: string',
    );
  });

  it('writes a spec with the platform doubles that asserts a happy path and the refusals, not a placeholder', async () => {
    await generate({
      context: 'school-life',
      name: 'publish-article',
      kind: 'command',
      classScoped: true,
      action: 'blog.write',
    });

    const spec = text(tree, `${src}/application/commands/publish-article/publish-article.handler.spec.ts`);
    expect(spec).toContain("import { FakeClassAccess, recordingOutbox } from '@preau/platform/testing';");
    expect(spec).toContain("import { FixedClock } from '@preau/kernel';");
    expect(spec).toContain("access.grant('teacher', 'class-1', ['blog.write']);");
    expect(spec).toContain('.resolves.toBeUndefined()');
    expect(spec).toContain('.rejects.toMatchObject({ code: ErrorCodes.FORBIDDEN })');
    expect(spec).toContain('.rejects.toMatchObject({ code: ErrorCodes.NOT_FOUND })');
    // blog is a module a class may switch off: the spec covers it.
    expect(spec).toContain(".switchOff('class-1', 'blog')");
    expect(spec).toContain('.rejects.toMatchObject({ code: ErrorCodes.MODULE_DISABLED })');
    expect(spec).toContain('expect(recording.published).toEqual([]);');
    expect(spec).not.toMatch(/expect\(true\)|it\.todo|it\.skip/);
  });

  it('writes no switched-off case for an action no switch governs', async () => {
    await generate({
      context: 'school-life',
      name: 'get-roll',
      kind: 'query',
      classScoped: true,
      action: 'class.members.read',
    });

    const spec = text(tree, `${src}/application/queries/get-roll/get-roll.handler.spec.ts`);
    expect(spec).toContain('.rejects.toMatchObject({ code: ErrorCodes.FORBIDDEN })');
    expect(spec).not.toContain('switchOff');
  });

  it('without --class-scoped, the spec refuses an anonymous actor', async () => {
    await generate({ context: 'school-life', name: 'get-notices', kind: 'query' });

    const spec = text(tree, `${src}/application/queries/get-notices/get-notices.handler.spec.ts`);
    expect(spec).toContain(".resolves.toEqual({ asOf: '2026-09-01T08:00:00.000Z' })");
    expect(spec).toContain('.rejects.toMatchObject({ code: ErrorCodes.UNAUTHENTICATED })');
    expect(spec).not.toContain('FakeClassAccess');
  });

  it('registers each handler in the context module, and tidies the placeholder of the empty folder', async () => {
    await generate({ context: 'school-life', name: 'publish-article', kind: 'command' });
    await generate({ context: 'school-life', name: 'hide-article', kind: 'command' });

    const module = text(tree, `${src}/school-life.module.ts`);
    expect(module).toContain(
      "import { PublishArticleHandler } from './application/commands/publish-article/publish-article.handler';",
    );
    expect(module).toContain(
      "import { HideArticleHandler } from './application/commands/hide-article/hide-article.handler';",
    );
    const providers = /providers: \[([^\]]*)\]/
      .exec(module)?.[1]
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    expect(providers).toEqual(['PublishArticleHandler', 'HideArticleHandler']);
    expect(module).toContain('providers: [PublishArticleHandler, HideArticleHandler],');
    expect(tree.exists(`${src}/application/commands/.gitkeep`)).toBe(false);
    expect(tree.exists(`${src}/application/queries/.gitkeep`)).toBe(true);
  });

  it('appends to a module whose providers hold nested literals (identity)', async () => {
    const before = text(tree, 'backend/contexts/identity/src/identity.module.ts');
    await generate({ context: 'identity', name: 'unlock-account', kind: 'command' });

    const module = text(tree, 'backend/contexts/identity/src/identity.module.ts');
    expect(module).toContain('    SessionStrategy,\n    UnlockAccountHandler,\n  ],\n})');
    // The import and the provider, in the module's own layout; not a line else changes.
    expect(module.split('\n').filter((line) => !line.includes('UnlockAccountHandler'))).toEqual(before.split('\n'));
    expect(module).toContain(
      '{ provide: SESSION_LIFETIME, inject: [PREAU_CONFIG], useFactory: (config: PreauConfig) => config.session },',
    );
  });

  it('refuses an unknown context, a taken use case, a name not in kebab case and an action the matrix does not know', async () => {
    await expect(generate({ context: 'nowhere', name: 'publish-article' })).rejects.toThrow('no context "nowhere"');
    await generate({ context: 'school-life', name: 'publish-article' });
    await expect(generate({ context: 'school-life', name: 'publish-article' })).rejects.toThrow('exists already');
    await expect(generate({ context: 'school-life', name: 'PublishArticle' })).rejects.toThrow('kebab case');
    await expect(generate({ context: 'school-life', name: 'x', kind: 'event' as 'command' })).rejects.toThrow(
      'command or query',
    );
    await expect(
      generate({ context: 'school-life', name: 'fly', classScoped: true, action: 'blog.fly' }),
    ).rejects.toThrow('--action=blog.fly is not one of CLASS_ACTIONS');
    expect(tree.exists(`${src}/application/commands/fly`)).toBe(false);
  });
});
