import { Injectable, Signal, signal } from '@angular/core';
import { Observable, Subject, filter, map } from 'rxjs';
import type { LiveEventMap, LiveEventName } from './live-events';

/** LiveEvents for specs: `emit()` pushes an event as the server would. `{ provide: LiveEvents, useClass: FakeLiveEvents }` */
@Injectable()
export class FakeLiveEvents {
  private readonly events = new Subject<{ type: LiveEventName; data: unknown }>();
  readonly status = signal('open').asReadonly();

  emit<K extends LiveEventName>(type: K, data: LiveEventMap[K]): void {
    this.events.next({ type, data });
  }

  on<K extends LiveEventName>(type: K): Observable<LiveEventMap[K]> {
    return this.events.pipe(
      filter((e) => e.type === type),
      map((e) => e.data as LiveEventMap[K]),
    );
  }

  latest<K extends LiveEventName>(): Signal<LiveEventMap[K] | null> {
    return signal(null);
  }
}
