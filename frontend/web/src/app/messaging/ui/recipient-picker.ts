import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, inject, input, signal, viewChild } from '@angular/core';
import { MatAutocompleteModule, MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { ParticipantView, RecipientGroupView } from '@preau/contracts';
import { PluralKeyPipe } from '../../shared/i18n/plural';
import { ComposeStore } from '../data-access/compose-store';
import { RecipientChip } from '../data-access/recipient-selection';
import { Avatar } from './avatar';
import { GroupNamePipe, groupLabelKey } from './group-name';
import { PersonContextPipe } from './person-context';

type Choice = { kind: 'person'; person: ParticipantView } | { kind: 'group'; group: RecipientGroupView };

/** Pause in typing before the server is asked (what is known already shows at once). */
export const RECIPIENT_SEARCH_MS = 250;

/**
 * The "To" field: chosen people and groups as chips (a group stays one chip, "Familles de CE2 A (24)",
 * until expanded into its members), and a search offering groups then people with where they stand
 * and their role. Recipients the server refused are marked on their chip, in words as well as colour.
 */
@Component({
  selector: 'preau-recipient-picker',
  imports: [MatAutocompleteModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslocoPipe, PluralKeyPipe, Avatar, GroupNamePipe, PersonContextPipe],
  templateUrl: './recipient-picker.html',
  styleUrl: './recipient-picker.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecipientPicker {
  protected readonly store = inject(ComposeStore);
  /** Shows "choose at least one" under the field. */
  readonly invalid = input(false);
  private readonly input = viewChild.required<ElementRef<HTMLInputElement>>('search');
  private timer: ReturnType<typeof setTimeout> | null = null;
  protected readonly text = signal('');

  /** What the search offers, without what is chosen already. */
  protected readonly options = computed(() => {
    const chosen = new Set(this.store.recipientIds());
    const chips = new Set(this.store.chips().map((c) => c.id));
    const { people, groups } = this.store.suggestions();
    return {
      groups: groups.filter((g) => !chips.has(`group:${g.id}`) && g.memberIds.length > 0),
      people: people.filter((p) => !chosen.has(p.id)),
    };
  });
  protected readonly count = computed(() => this.store.recipientIds().length);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.timer && clearTimeout(this.timer));
    // Groups are found by how they read ("familles"), not only by their class's name.
    this.store.groupLabel = (g) => this.transloco.translate(groupLabelKey(g), { name: g.name });
  }

  protected typed(value: string): void {
    this.text.set(value);
    if (this.timer) clearTimeout(this.timer);
    // What is known shows at once; the server is asked after a pause.
    this.store.filterLocally(value);
    this.timer = setTimeout(() => void this.store.search(value), value.trim() ? RECIPIENT_SEARCH_MS : 0);
  }

  protected chosen(event: MatAutocompleteSelectedEvent): void {
    const choice = event.option.value as Choice;
    if (choice.kind === 'person') this.store.addPerson(choice.person);
    else this.store.addGroup(choice.group);
    this.clear();
  }

  protected remove(chip: RecipientChip): void {
    this.store.remove(chip.id);
    this.input().nativeElement.focus();
  }

  protected expand(chip: RecipientChip): void {
    this.store.expand(chip.id);
    this.input().nativeElement.focus();
  }

  /** Backspace in the empty search takes out the last chip, as in every mail client. */
  protected backspace(event: Event): void {
    const chips = this.store.chips();
    if (this.input().nativeElement.value === '' && chips.length) {
      event.preventDefault();
      this.store.remove(chips[chips.length - 1].id);
    }
  }

  private readonly transloco = inject(TranslocoService);

  protected label(chip: RecipientChip): string {
    return chip.kind === 'person' ? chip.person.displayName : this.transloco.translate(groupLabelKey(chip.group), { name: chip.group.name });
  }

  protected trackChoice(_: number, choice: ParticipantView | RecipientGroupView): string {
    return choice.id;
  }

  protected person(p: ParticipantView): Choice {
    return { kind: 'person', person: p };
  }

  protected group(g: RecipientGroupView): Choice {
    return { kind: 'group', group: g };
  }

  private clear(): void {
    this.input().nativeElement.value = '';
    this.text.set('');
    this.store.suggestions.set(this.store.directory());
  }
}
