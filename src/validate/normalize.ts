/** Titles compared "after normalising case and whitespace" — and nothing more. */
export function normaliseTitle(title: string): string {
  return title.toLocaleLowerCase('nb').replace(/\s+/g, ' ').replace(/[\s.:]+$/u, '').trim()
}
