import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { problemOf, retryAfterMinutes } from '../../shared/http/problem';
import { SessionStore } from '../../shared/session/session-store';
import { AccountApi } from '../data-access/account-api';
import { QR_SCANNER, ScanControls } from './qr-scanner';

/**
 * - `starting`: asking for the camera; `scanning`: the preview shows, waiting for a card;
 * - `checking`: a card was read, the server is asked; `denied`, `noCamera`, `invalid`, `limited`, `failed`: what went wrong.
 */
type CardState = 'starting' | 'scanning' | 'checking' | 'denied' | 'noCamera' | 'invalid' | 'limited' | 'failed';

/** What a card's QR code holds: `PC1.<account id>.<secret>` (decision 0010). Anything else is not a Préau card. */
const CARD_TOKEN = /^PC1\.[^.\s]+\.[^.\s]+$/;

/**
 * "Je scanne ma carte": on the class tablet a pupil shows the QR code of their card to the camera and is logged in
 * (docs/product/brief.md; issue 11). The camera stops when the page is left.
 */
@Component({
  selector: 'preau-card-login-page',
  imports: [MatButtonModule, MatIconModule, MatProgressSpinnerModule, RouterLink, TranslocoPipe],
  templateUrl: './card-login-page.html',
  styleUrl: './card-login-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CardLoginPage {
  private readonly scanner = inject(QR_SCANNER);
  private readonly api = inject(AccountApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly video = viewChild.required<ElementRef<HTMLVideoElement>>('video');
  private controls: ScanControls | null = null;
  private destroyed = false;

  protected readonly state = signal<CardState>('starting');
  protected readonly minutes = signal(1);

  constructor() {
    afterNextRender(() => void this.start());
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.stop();
    });
  }

  /** Opens the camera (again, after a refusal or a bad card). */
  protected async start(): Promise<void> {
    this.stop();
    this.state.set('starting');
    try {
      const controls = await this.scanner.start(this.video().nativeElement, (text) => void this.read(text));
      if (this.destroyed) return controls.stop();
      this.controls = controls;
      if (this.state() === 'starting') this.state.set('scanning');
    } catch (error) {
      const name = error instanceof DOMException || error instanceof Error ? error.name : '';
      this.state.set(
        name === 'NotAllowedError' || name === 'SecurityError'
          ? 'denied'
          : name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError'
            ? 'noCamera'
            : 'failed',
      );
    }
  }

  private async read(text: string): Promise<void> {
    if (this.state() !== 'scanning' && this.state() !== 'starting') return;
    const token = text.trim();
    if (!CARD_TOKEN.test(token)) {
      this.stop();
      this.state.set('invalid');
      return;
    }
    this.state.set('checking');
    this.stop();
    try {
      await this.session.adopt(await firstValueFrom(this.api.cardLogin({ token })));
      await this.router.navigateByUrl('/');
    } catch (error) {
      const status = problemOf(error)?.status ?? (error as { status?: number })?.status;
      if (status === 429) {
        this.minutes.set(retryAfterMinutes(error) ?? 1);
        this.state.set('limited');
      } else {
        this.state.set(status === 401 || status === 400 || status === 403 ? 'invalid' : 'failed');
      }
    }
  }

  private stop(): void {
    this.controls?.stop();
    this.controls = null;
  }
}
