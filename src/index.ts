/**
 * avtaleverk — the public API. Everything a program needs is exported from here; the CLI is a
 * thin shell over these functions.
 */
export type * from './model.js'
export { AvtaleverkError, isAvtaleverkError, type ErrorCode, type ErrorPlace } from './errors.js'
export {
  HOTJL_6_2_POINTS,
  HOTJL_6_2_SECOND_PARAGRAPH,
  HOTJL_6_2_POINT_COUNT,
  HOTJL_6_2_VERSIONS,
  HOTJL_6_2_CURRENT,
  hotjl62Point,
  hotjl62VersionOn,
  pointsAddedSince,
  type Hotjl62Point,
  type Hotjl62Version,
} from './law/hotjl-6-2.js'
export { ACTS, actByKey, type Act } from './law/acts.js'
export { parseDocument, allSections, type ParseOptions, DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH } from './parse/document.js'
export { loadAgreementSet, loadDocument, listAgreementFiles, agreementSet } from './parse/load.js'
export { extractLawCitations, hotjl62Citations } from './parse/citations.js'
export { extractReferences } from './parse/references.js'
export { positionedText } from './parse/text.js'
export { stringify } from './stringify.js'
export { outlineText, setToJson, documentToJson } from './render/outline.js'
export { readAgreementSet, type ReadResult } from './parse/load.js'
export { validate, summarise, sortDiagnostics, effectiveProfile, type ValidateOptions, type DiagnosticSummary } from './validate/index.js'
export type { Diagnostic, Severity, Rule, Finding } from './validate/types.js'
export { RULES, ruleById } from './validate/rules/index.js'
export { loadConfig, findConfig, checkConfig, CONFIG_FILE, type LoadConfigOptions } from './validate/config.js'
export {
  mergeProfiles,
  titleWordsFor,
  type Profile,
  type ResolvedProfile,
  type ValidateConfig,
  type RuleSetting,
  type GlossaryEntry,
  type ProvisionSpec,
  type SupersededDocument,
  type Language,
  type TitleWords,
} from './validate/profile.js'
export { loadProfile, checkProfile, recommendedProfile, BUILTIN_PROFILES } from './validate/profile-load.js'
export { isPartialSet } from './validate/locate.js'
export { coverageMatrix, isCovered, setDate, type CoverageMatrix, type CoverageCell, type CoverageOptions, type PointKey } from './validate/coverage.js'
export { findPlaceholders, type Placeholder } from './validate/placeholders.js'
export { formatStylish } from './render/diagnostics/stylish.js'
export { formatJson } from './render/diagnostics/json.js'
export { formatGithub } from './render/diagnostics/github.js'
export { formatSarif } from './render/diagnostics/sarif.js'
export { formatCoverageText, formatCoverageJson, formatCoverageHtml } from './render/coverage.js'
export { TEMPLATE_VARIABLES, isKnownVariable, formatDate } from './template/variables.js'
export {
  diffSets,
  diffDocuments,
  hasChanges,
  CHANGESET_FORMAT,
  CHANGESET_VERSION,
  SECTION_STATUSES,
  DOCUMENT_STATUSES,
  type ChangeSet,
  type ChangeSetSummary,
  type DocumentChange,
  type DocumentSide,
  type DocumentStatus,
  type SectionChange,
  type SectionRef,
  type SectionStatus,
  type FrontMatterChange,
  type DiffOptions,
} from './diff/changeset.js'
export { applyHunks, oldText, newText, type Hunk, type HunkKind, type TextDiff, type Fallback } from './diff/hunks.js'
export { applyChangeSet, type AppliedDocument, type AppliedSection } from './diff/apply.js'
export { tokenize, countWords } from './diff/tokenize.js'
export { DEFAULT_MAX_EDIT_LENGTH, DEFAULT_TIMEOUT_MS } from './diff/words.js'
export { readSetAtRevision } from './diff/git.js'
export { updateHearingLabels, setHearingLabel, type LabelUpdate } from './diff/labels.js'
export { renderDiffText, type DiffTextOptions } from './render/diff-text.js'
export { renderDiffMarkdown } from './render/diff-md.js'
export { renderDiffHtml, type DiffHtmlOptions } from './render/diff-html.js'
export { renderDiffDocx, type DiffDocxOptions } from './render/diff-docx.js'
export {
  loadKommuneRegistry,
  parseKommuneRegistry,
  kommuneOn,
  selectKommuner,
  valueOn,
  type KommuneRegistry,
  type KommuneEntry,
  type Kommune,
  type Dated,
  type Signatory,
  type ParseRegistryOptions,
} from './generate/registry.js'
export { generateInstances, OUTPUT_FORMATS, type OutputFormat, type GenerateOptions, type GeneratedFile, type Generation, type Manifest } from './generate/generate.js'
export { writeGeneration, MANIFEST, type WriteGenerationOptions } from './generate/write.js'
export { asciiSlug, kommuneFolder } from './generate/paths.js'
export { BLOCK_PREFIX } from './template/variables.js'
