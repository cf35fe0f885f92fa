/** Lower case without accents, for the console's client-side filters and sorts: "Écoles" is found by "ecoles". */
export function fold(value: string): string {
  return value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLocaleLowerCase('fr');
}
