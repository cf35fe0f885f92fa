import { ApplicationRef } from '@angular/core';
import { TestBed, TestModuleMetadata } from '@angular/core/testing';
import { provideTestTransloco } from './transloco';

/** TestBed for a component spec: what the spec declares, plus the app's French words. */
export function setUpComponentTest(metadata: TestModuleMetadata = {}): void {
  TestBed.configureTestingModule({ ...metadata, imports: [...(metadata.imports ?? []), provideTestTransloco()] });
}

/** A few macrotasks and stable rounds: answers flushed, signals settled, the view rendered. */
export async function settle(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await TestBed.inject(ApplicationRef).whenStable();
  }
}

/** A node's text as a reader hears it: white space folded. */
export function text(node: Element | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}
