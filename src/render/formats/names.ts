/**
 * The names of the output formats of each output family, with no renderer attached: what a
 * program (or the CLI's help) can list without loading the renderers (docx is large).
 * Each family's table in its own module maps exactly these names to a renderer.
 */
export const DIAGNOSTICS_FORMAT_NAMES = ['stylish', 'json', 'github', 'sarif'] as const
export const COVERAGE_FORMAT_NAMES = ['text', 'json', 'html'] as const
export const DIFF_FORMAT_NAMES = ['text', 'md', 'html', 'json', 'docx'] as const
export const HORING_FORMAT_NAMES = ['md', 'html', 'json', 'docx'] as const
export const STATUS_FORMAT_NAMES = ['text', 'json', 'html'] as const

export type DiagnosticsFormat = (typeof DIAGNOSTICS_FORMAT_NAMES)[number]
export type CoverageFormat = (typeof COVERAGE_FORMAT_NAMES)[number]
export type DiffFormat = (typeof DIFF_FORMAT_NAMES)[number]
export type HoringFormat = (typeof HORING_FORMAT_NAMES)[number]
export type StatusFormat = (typeof STATUS_FORMAT_NAMES)[number]
