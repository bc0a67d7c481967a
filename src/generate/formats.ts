/** The formats generate writes, in the order it writes them. */
export type OutputFormat = 'md' | 'html' | 'docx'
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['md', 'html', 'docx']
