export interface DomainEvent {
  readonly type: string;
}

/** Aggregates record what happened; the application layer turns these into integration events. */
export abstract class AggregateRoot {
  private readonly pending: DomainEvent[] = [];

  protected record(event: DomainEvent): void {
    this.pending.push(event);
  }

  pullEvents(): DomainEvent[] {
    return this.pending.splice(0, this.pending.length);
  }
}
