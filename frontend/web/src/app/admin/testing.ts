/** What the console's specs share: finding fields and buttons in the open dialog, typing, opening a dialog. */
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { ComponentType } from '@angular/cdk/portal';
import { firstValueFrom } from 'rxjs';
import { settle, text } from '../../testing';

export const dialogEl = () => document.querySelector('mat-dialog-container') as HTMLElement;

export function fieldIn(root: HTMLElement, label: string): HTMLInputElement {
  const formField = Array.from(root.querySelectorAll('mat-form-field')).find((f) => text(f.querySelector('mat-label')) === label);
  return formField?.querySelector('input') as HTMLInputElement;
}

export function buttonIn(root: HTMLElement, name: string): HTMLButtonElement {
  return Array.from(root.querySelectorAll<HTMLButtonElement>('button, a')).find((b) => text(b) === name) as HTMLButtonElement;
}

export async function typeInto(input: HTMLInputElement, value: string): Promise<void> {
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('blur'));
  await settle(1, 0);
}

/** Opens a dialog the way the pages do (no auto focus: jsdom has no layout); `state` tells how it closed. */
export async function openDialog<C, D, R>(component: ComponentType<C>, data: D) {
  const ref = TestBed.inject(MatDialog).open<C, D, R>(component, { data, autoFocus: false });
  const state = { done: false, value: undefined as R | undefined };
  void firstValueFrom(ref.afterClosed()).then((value) => {
    state.done = true;
    state.value = value;
  });
  await settle(3, 60);
  return state;
}
