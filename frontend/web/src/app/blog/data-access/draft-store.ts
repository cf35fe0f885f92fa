import { Injectable, computed, inject, signal } from '@angular/core';
import type { ArticleView, CreateArticleRequest, UpdateArticleRequest } from '@preau/contracts';
import { firstValueFrom } from 'rxjs';
import { Autosave, AutosaveState } from '../../shared/data/autosave';
import { errorMessageKey } from '../../shared/http/problem';
import { BlogApi } from './blog-api';
import { mediaIdsOf } from './media-refs';

/**
 * - `idle`: nothing written yet, or nothing changed since it was opened;
 * - `unsaved`: changes wait for the pause in typing;
 * - `needs-title`: a new article is first saved once it has a title;
 * - `saving`, `saved`, `error` (the changes stay here, the next change or save tries again).
 */
export type SaveState = AutosaveState | 'needs-title';

/**
 * The article being written: title and body as typed, saved as a draft after a pause in typing (the
 * first save creates the draft, the next ones PATCH it), and sent on (submitted to the teacher, or
 * published by a teacher) once saved. Provided by the editor page.
 */
@Injectable()
export class DraftStore {
  private readonly api = inject(BlogApi);
  private readonly autosave = new Autosave<'needs-title'>({
    write: () => this.doSave(),
    due: () => !!this.title().trim() && this.hasChanges(),
    // Leaving the page: what is typed is not lost.
    onLeave: () => {
      if (this.hasChanges() && this.title().trim()) void this.save();
    },
  });
  /** What the server holds. */
  private saved: { title: string; body: string } = { title: '', body: '' };

  readonly classId = signal<string | null>(null);
  readonly article = signal<ArticleView | null>(null);
  readonly title = signal('');
  readonly body = signal('');
  readonly state = this.autosave.state;
  /** Translation key of why the last save failed. */
  readonly saveError = signal<string | null>(null);
  readonly loading = signal(false);
  readonly loadError = signal<unknown>(null);
  /** `submit` or `publish` while it runs. */
  readonly sending = signal<'submit' | 'publish' | null>(null);
  readonly sendError = signal<string | null>(null);

  readonly articleId = computed(() => this.article()?.id ?? null);
  /** A new article, or a draft its author may still change. */
  readonly editable = computed(() => {
    const article = this.article();
    return article === null || article.permissions.edit;
  });
  /** The teacher's words when the article came back to its author. */
  readonly feedback = computed(() => {
    const article = this.article();
    return article?.status === 'draft' && article.feedback ? article.feedback : null;
  });

  /** A new article in a class. */
  start(classId: string): void {
    this.classId.set(classId);
    this.article.set(null);
    this.title.set('');
    this.body.set('');
    this.saved = { title: '', body: '' };
    this.state.set('idle');
  }

  /** An article already saved. */
  async open(id: string): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      const article = await firstValueFrom(this.api.get(id));
      this.article.set(article);
      this.classId.set(article.classId);
      this.title.set(article.title);
      this.body.set(article.body);
      this.saved = { title: article.title, body: article.body };
      this.state.set('idle');
    } catch (error) {
      this.loadError.set(error);
    } finally {
      this.loading.set(false);
    }
  }

  /** Takes what was typed; saves it after a pause. */
  edit(change: Pick<UpdateArticleRequest, 'title' | 'body'>): void {
    if (change.title !== undefined) this.title.set(change.title);
    if (change.body !== undefined) this.body.set(change.body);
    if (!this.editable()) return;
    if (this.state() === 'saving') return this.schedule();
    if (!this.hasChanges()) {
      this.autosave.cancel();
      this.state.set(this.articleId() ? 'saved' : 'idle');
      return;
    }
    this.state.set(this.title().trim() ? 'unsaved' : 'needs-title');
    this.schedule();
  }

  /** Saves now what is not saved yet; true when the server has it all. */
  async flush(): Promise<boolean> {
    this.autosave.cancel();
    await this.autosave.settle();
    if (!this.hasChanges()) return this.articleId() !== null;
    if (!this.title().trim()) {
      this.state.set('needs-title');
      return false;
    }
    await this.save();
    return this.state() === 'saved';
  }

  /** Saves, then sends the article to the class's teacher. */
  submit(): Promise<boolean> {
    return this.send('submit');
  }

  /** Saves, then publishes (a teacher's own article). */
  publish(): Promise<boolean> {
    return this.send('publish');
  }

  private async send(transition: 'submit' | 'publish'): Promise<boolean> {
    if (this.sending()) return false;
    this.sending.set(transition);
    this.sendError.set(null);
    try {
      if (!(await this.flush())) {
        this.sendError.set(
          this.state() === 'needs-title' ? 'blog.editor.needsTitle' : (this.saveError() ?? 'errors.UNKNOWN'),
        );
        return false;
      }
      const id = this.articleId();
      if (!id) return false;
      this.article.set(await firstValueFrom(this.api.transition(id, transition)));
      return true;
    } catch (error) {
      this.sendError.set(errorMessageKey(error));
      return false;
    } finally {
      this.sending.set(null);
    }
  }

  private hasChanges(): boolean {
    return this.title() !== this.saved.title || this.body() !== this.saved.body;
  }

  private schedule(): void {
    this.autosave.schedule();
  }

  private save(): Promise<void> {
    return this.autosave.run();
  }

  private async doSave(): Promise<void> {
    const snapshot = { title: this.title(), body: this.body() };
    const content: CreateArticleRequest = {
      title: snapshot.title.trim(),
      body: snapshot.body,
      mediaIds: mediaIdsOf(snapshot.body),
    };
    const id = this.articleId();
    const classId = this.classId();
    if (!id && !classId) return;
    this.state.set('saving');
    this.saveError.set(null);
    try {
      const article = id
        ? await firstValueFrom(this.api.update(id, content))
        : await firstValueFrom(this.api.create(classId as string, content));
      this.article.set(article);
      this.saved = snapshot;
      if (this.hasChanges()) {
        // Typed while it was saving: the rest follows after the pause.
        this.state.set(this.title().trim() ? 'unsaved' : 'needs-title');
        this.schedule();
      } else {
        this.state.set('saved');
      }
    } catch (error) {
      this.saveError.set(errorMessageKey(error));
      this.state.set('error');
    }
  }
}
