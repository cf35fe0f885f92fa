export interface DomainEvent {
  readonly type: string;
}

/** Aggregates record what happened; the application layer turns these into integration events. */
export abstract class AggregateRoot {
  // Created on first use: an ORM may load an aggregate without running its constructor (field initialisers included).
  private pending?: DomainEvent[];

  protected record(event: DomainEvent): void {
    (this.pending ??= []).push(event);
  }

  pullEvents(): DomainEvent[] {
    const events = this.pending ?? [];
    this.pending = [];
    return events;
  }
}
