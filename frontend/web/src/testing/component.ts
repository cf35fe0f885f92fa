import { ApplicationRef } from '@angular/core';
import { TestBed, TestModuleMetadata } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideTestTransloco } from './transloco';

/** TestBed for a component spec: what the spec declares, plus the app's French words. */
export function setUpComponentTest(metadata: TestModuleMetadata = {}): void {
  TestBed.configureTestingModule({ ...metadata, imports: [...(metadata.imports ?? []), provideTestTransloco()] });
}

/**
 * A few macrotasks and stable rounds: answers flushed, signals settled, the view rendered. `pauseMs`: long
 * enough for a dialog's opening or closing animation to end (60).
 */
export async function settle(rounds = 3, pauseMs = 0): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
    await TestBed.inject(ApplicationRef).whenStable();
  }
}

/** A node's text as a reader hears it: white space folded. */
export function text(node: Element | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** After a spec that opened dialogs: none left open, nothing left in the overlay for the next spec to find. */
export function closeDialogs(): void {
  TestBed.inject(MatDialog).closeAll();
  document.querySelectorAll('.cdk-overlay-container').forEach((e) => (e.innerHTML = ''));
}
