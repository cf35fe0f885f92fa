import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter, map, skip } from 'rxjs';
import { SessionStore } from '../../shared/session/session-store';
import { LanguageSwitch } from '../../shared/ui/language-switch';
import { LoadingBar } from '../../shared/ui/loading-bar';
import { MessagingBadges } from '../../messaging';
import { PluralKeyPipe } from '../../shared/i18n/plural';
import { LiveEvents } from '../../shared/live/live-events';
import { NavItem, navigationFor } from '../data-access/navigation';

/** Below this width (phones) the navigation is a drawer; above it (tablets, computers, whiteboards) it stays open. */
export const DRAWER_QUERY = '(max-width: 599.98px)';

@Component({
  selector: 'preau-shell',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatListModule,
    MatSidenavModule,
    MatToolbarModule,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    TranslocoPipe,
    PluralKeyPipe,
    LanguageSwitch,
    LoadingBar,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly sidenav = viewChild.required<MatSidenav>('sidenav');
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  private readonly badges = inject(MessagingBadges);

  protected readonly me = this.session.me;
  /** A class's moderation entry shows once its queue answered (not when messaging is off there). */
  protected readonly navigation = computed(() => {
    const me = this.me();
    const held = this.badges.held();
    return (me ? navigationFor(me) : []).map((section) => ({
      ...section,
      items: section.items.filter(
        (item) => item.badge?.kind !== 'held' || held[item.badge.classId]?.available === true,
      ),
    }));
  });
  protected readonly drawer = toSignal(
    inject(BreakpointObserver)
      .observe(DRAWER_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly loggingOut = signal(false);

  constructor() {
    // The live stream opens with the session and closes with it; the counts follow it.
    inject(LiveEvents);
    // After each in-app navigation, start reading at the new page (screen readers, keyboard) and close the drawer.
    this.router.events
      .pipe(
        filter((e): e is NavigationEnd => e instanceof NavigationEnd),
        skip(1), // the navigation that opened the shell: reading starts at the top, with the skip link
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => {
        if (this.drawer()) void this.sidenav().close();
        queueMicrotask(() => this.main().nativeElement.focus({ preventScroll: false }));
      });
  }

  /** The live count of an entry (0: no badge). */
  protected badgeCount(item: NavItem): number {
    const badge = item.badge;
    if (!badge) return 0;
    return badge.kind === 'unread' ? this.badges.unread() : this.badges.heldIn(badge.classId);
  }

  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  protected async logout(): Promise<void> {
    this.loggingOut.set(true);
    try {
      await this.session.logout();
    } catch {
      // the session is forgotten here anyway; the server ends it after 30 idle minutes
    } finally {
      this.loggingOut.set(false);
      await this.router.navigateByUrl('/login');
    }
  }
}
