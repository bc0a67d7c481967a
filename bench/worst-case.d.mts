export function vocabularyOf(texts: string[]): string[]
export function worstCaseDocument(options: { bytes: number; seed: number; vocabulary: string[]; paragraphs?: number; words?: number }): string
