/**
 * avtaleverk/core — the library that runs anywhere: a browser, a worker, Deno, Node. No Node
 * built-ins and no Buffer below this entry (tests/architecture/browser-bundle.test.ts builds
 * it for the browser and fails on any): parse, validate, coverage, generate (bytes out), diff,
 * høring, status and every formatter, on strings, bytes and sets in memory. Reading folders,
 * git revisions and writing files are in avtaleverk/node (src/node.ts), which re-exports this.
 */
import { checked } from './arguments.js'
import { isAvtaleverkError as isAvtaleverkErrorUnchecked } from './errors.js'
import { hotjl62Point as hotjl62PointUnchecked, hotjl62VersionOn as hotjl62VersionOnUnchecked, pointsAddedSince as pointsAddedSinceUnchecked } from './law/hotjl-6-2.js'
import { actByKey as actByKeyUnchecked } from './law/acts.js'
import { parseDocument as parseDocumentUnchecked, allSections as allSectionsUnchecked } from './parse/document.js'
import { extractLawCitations as extractLawCitationsUnchecked, hotjl62Citations as hotjl62CitationsUnchecked } from './parse/citations.js'
import { extractReferences as extractReferencesUnchecked } from './parse/references.js'
import { positionedText as positionedTextUnchecked } from './parse/text.js'
import { stringify as stringifyUnchecked } from './stringify.js'
import { outlineText as outlineTextUnchecked, setToJson as setToJsonUnchecked, documentToJson as documentToJsonUnchecked } from './render/outline.js'
import { validate as validateUnchecked, summarise as summariseUnchecked, sortDiagnostics as sortDiagnosticsUnchecked, effectiveProfile as effectiveProfileUnchecked } from './validate/index.js'
import { ruleById as ruleByIdUnchecked } from './validate/rules/index.js'
import { defineRule as defineRuleUnchecked } from './validate/types.js'
import { avtaleverkLint as avtaleverkLintUnchecked, diagnosticToMessage as diagnosticToMessageUnchecked } from './remark/lint.js'
import { mergeProfiles as mergeProfilesUnchecked, titleWordsFor as titleWordsForUnchecked } from './validate/profile.js'
import { isPartialSet as isPartialSetUnchecked } from './validate/locate.js'
import { coverageMatrix as coverageMatrixUnchecked, isCovered as isCoveredUnchecked, setDate as setDateUnchecked } from './validate/coverage.js'
import { findPlaceholders as findPlaceholdersUnchecked } from './validate/placeholders.js'
import { formatStylish as formatStylishUnchecked } from './render/diagnostics/stylish.js'
import { formatJson as formatJsonUnchecked } from './render/diagnostics/json.js'
import { formatGithub as formatGithubUnchecked } from './render/diagnostics/github.js'
import { formatSarif as formatSarifUnchecked } from './render/diagnostics/sarif.js'
import { formatCoverageText as formatCoverageTextUnchecked, formatCoverageJson as formatCoverageJsonUnchecked, formatCoverageHtml as formatCoverageHtmlUnchecked } from './render/coverage.js'
import { isKnownVariable as isKnownVariableUnchecked, formatDate as formatDateUnchecked } from './template/variables.js'
import { diffSets as diffSetsUnchecked, diffDocuments as diffDocumentsUnchecked, hasChanges as hasChangesUnchecked } from './diff/changeset.js'
import { applyHunks as applyHunksUnchecked, oldText as oldTextUnchecked, newText as newTextUnchecked } from './diff/hunks.js'
import { applyChangeSet as applyChangeSetUnchecked } from './diff/apply.js'
import { tokenize as tokenizeUnchecked, countWords as countWordsUnchecked } from './diff/tokenize.js'
import { updateHearingLabels as updateHearingLabelsUnchecked, setHearingLabel as setHearingLabelUnchecked } from './diff/labels.js'
import { renderDiffText as renderDiffTextUnchecked } from './render/diff-text.js'
import { renderDiffMarkdown as renderDiffMarkdownUnchecked } from './render/diff-md.js'
import { renderDiffHtml as renderDiffHtmlUnchecked } from './render/diff-html.js'
import type { DiffDocxOptions } from './render/diff-docx.js'
import type { ChangeSet } from './diff/changeset.js'
import { parseKommuneRegistry as parseKommuneRegistryUnchecked, kommuneOn as kommuneOnUnchecked, selectKommuner as selectKommunerUnchecked, valueOn as valueOnUnchecked } from './registry/registry.js'
import { generateInstances as generateInstancesUnchecked, generateStream as generateStreamUnchecked } from './generate/generate.js'
import { asciiSlug as asciiSlugUnchecked, kommuneFolder as kommuneFolderUnchecked } from './registry/paths.js'
import { agreementSet as agreementSetUnchecked } from './parse/set.js'
import { checkConfig as checkConfigUnchecked, checkProfile as checkProfileUnchecked, recommendedProfile as recommendedProfileUnchecked, builtinProfile as builtinProfileUnchecked } from './validate/profile-check.js'
import { passes as passesUnchecked } from './validate/gate.js'
import { bundledAgreementSet as bundledAgreementSetUnchecked } from './bundled/set.js'
export type * from './model.js'
export { AvtaleverkError, type ErrorCode, type ErrorPlace } from './errors.js'
export { HOTJL_6_2_POINTS, HOTJL_6_2_SECOND_PARAGRAPH, HOTJL_6_2_POINT_COUNT, HOTJL_6_2_VERSIONS, HOTJL_6_2_CURRENT, type Hotjl62Point, type Hotjl62Version } from './law/hotjl-6-2.js'
export { ACTS, type Act } from './law/acts.js'
export { type ParseOptions, DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH } from './parse/document.js'
export type { SetJson, DocumentJson } from './render/outline.js'
export type { CoverageJson, CoverageSummary } from './render/coverage.js'
export type { ValidateOptions, DiagnosticSummary } from './validate/index.js'
export type { Diagnostic, Severity, Rule, Finding, RuleContext, RuleMeta, Report, AnyRule, OptionsOf, RuleSettingFor } from './validate/types.js'
export { RULES } from './validate/rules/index.js'
export type { Profile, ResolvedProfile, ValidateConfig, RuleSetting, GlossaryEntry, ProvisionSpec, SupersededDocument, Language, TitleWords } from './validate/profile.js'
export type { CoverageMatrix, CoverageCell, CoverageOptions, PointKey } from './validate/coverage.js'
export type { Placeholder } from './validate/placeholders.js'
export { TEMPLATE_VARIABLES, DATE_FORMATS, type VariableSpec } from './template/variables.js'
// Types the exported signatures use, so that a program can name them (the API report lists any left out).
export type { CoatOfArms } from './registry/image.js'
export type { PreparedBlock } from './registry/blocks.js'
export type { DroppedLine, DumpedUrl } from './import/furniture.js'
export type { InferredHeading, PlaceholderFinding } from './import/report.js'
export type { PlaceholderKind } from './validate/placeholders.js'
export type { SourceFormat } from './import/sniff.js'
export type { WorkCounter } from './parse/work.js'
export { SECOND_PARAGRAPH } from './validate/coverage.js'
export type { HoringRendered } from './render/formats/horing.js'
export type { DiffRendered } from './render/formats/diff.js'
export { CHANGESET_FORMAT, CHANGESET_VERSION, SECTION_STATUSES, DOCUMENT_STATUSES, type ChangeSet, type ChangeSetSummary, type DocumentChange, type DocumentSide, type DocumentStatus, type SectionChange, type SectionRef, type SectionStatus, type FrontMatterChange, type DiffOptions } from './diff/changeset.js'
export type { Hunk, HunkKind, TextDiff, Fallback } from './diff/hunks.js'
export type { AppliedDocument, AppliedSection } from './diff/apply.js'
export { DEFAULT_MAX_EDIT_LENGTH, DEFAULT_TIMEOUT_MS } from './diff/words.js'
export type { LabelUpdate } from './diff/labels.js'
export type { DiffTextOptions } from './render/diff-text.js'
export type { DiffHtmlOptions } from './render/diff-html.js'
export type { DiffDocxOptions } from './render/diff-docx.js'
export type { KommuneRegistry, KommuneEntry, Kommune, Dated, Signatory, ParseRegistryOptions } from './registry/registry.js'
export { OUTPUT_FORMATS, type OutputFormat } from './generate/formats.js'
export type { GenerateOptions, CopyVersion, GeneratedFile, Generation, GenerationSummary, Manifest } from './generate/generate.js'
export { BLOCK_PREFIX } from './template/variables.js'

// Every function of the API checks its arguments (src/arguments.ts): bad ones are an AvtaleverkError, not a TypeError.
export const actByKey = /* @__PURE__ */ checked('actByKey', ['key:string'], actByKeyUnchecked)
export const agreementSet = /* @__PURE__ */ checked('agreementSet', ['documents:documents', 'root?:string'], agreementSetUnchecked)
export const allSections = /* @__PURE__ */ checked('allSections', ['sections:sections'], allSectionsUnchecked)
export const applyChangeSet = /* @__PURE__ */ checked('applyChangeSet', ['old:set', 'changeSet:changeset'], applyChangeSetUnchecked)
export const applyHunks = /* @__PURE__ */ checked('applyHunks', ['old:string', 'hunks:hunks'], applyHunksUnchecked)
export const asciiSlug = /* @__PURE__ */ checked('asciiSlug', ['text:string', 'max?:number', 'fallback?:string'], asciiSlugUnchecked)
export const checkConfig = /* @__PURE__ */ checked('checkConfig', ['value:any', 'file:string', 'keyLines?:object'], checkConfigUnchecked)
export const checkProfile = /* @__PURE__ */ checked('checkProfile', ['value:any', 'file:string', 'lines?:object', 'prefix?:string', 'rules?:array'], checkProfileUnchecked)
export const countWords = /* @__PURE__ */ checked('countWords', ['text:string'], countWordsUnchecked)
export const coverageMatrix = /* @__PURE__ */ checked('coverageMatrix', ['set:set', 'options?:object'], coverageMatrixUnchecked)
export const diffDocuments = /* @__PURE__ */ checked('diffDocuments', ['oldDoc:document', 'newDoc:document', 'options?:object'], diffDocumentsUnchecked)
export const avtaleverkLint = /* @__PURE__ */ checked('avtaleverkLint', ['options?:object'], avtaleverkLintUnchecked)
export const diagnosticToMessage = /* @__PURE__ */ checked('diagnosticToMessage', ['diagnostic:object', 'file:object'], diagnosticToMessageUnchecked)
export type { LintOptions } from './remark/lint.js'
export const defineRule = /* @__PURE__ */ checked('defineRule', ['rule:object'], defineRuleUnchecked)
export const diffSets = /* @__PURE__ */ checked('diffSets', ['oldSet:set', 'newSet:set', 'options?:object'], diffSetsUnchecked)
export const documentToJson = /* @__PURE__ */ checked('documentToJson', ['doc:document'], documentToJsonUnchecked)
export const effectiveProfile = /* @__PURE__ */ checked('effectiveProfile', ['options?:object'], effectiveProfileUnchecked)
export const extractLawCitations = /* @__PURE__ */ checked('extractLawCitations', ['text:positioned', 'options?:object'], extractLawCitationsUnchecked)
export const extractReferences = /* @__PURE__ */ checked('extractReferences', ['text:positioned', 'documentId:string', 'options?:object'], extractReferencesUnchecked)
export const findPlaceholders = /* @__PURE__ */ checked('findPlaceholders', ['doc:tree', 'options?:object'], findPlaceholdersUnchecked)
export const formatCoverageHtml = /* @__PURE__ */ checked('formatCoverageHtml', ['matrix:matrix', 'title?:string'], formatCoverageHtmlUnchecked)
export const formatCoverageJson = /* @__PURE__ */ checked('formatCoverageJson', ['matrix:matrix'], formatCoverageJsonUnchecked)
export const formatCoverageText = /* @__PURE__ */ checked('formatCoverageText', ['matrix:matrix'], formatCoverageTextUnchecked)
export const formatDate = /* @__PURE__ */ checked('formatDate', ['iso:string', 'format?:string'], formatDateUnchecked)
export const formatGithub = /* @__PURE__ */ checked('formatGithub', ['diagnostics:diagnostics'], formatGithubUnchecked)
export const formatJson = /* @__PURE__ */ checked('formatJson', ['diagnostics:diagnostics'], formatJsonUnchecked)
export const formatSarif = /* @__PURE__ */ checked('formatSarif', ['diagnostics:diagnostics', 'options?:object'], formatSarifUnchecked)
export const formatStylish = /* @__PURE__ */ checked('formatStylish', ['diagnostics:diagnostics', 'options?:object'], formatStylishUnchecked)
export const generateInstances = /* @__PURE__ */ checked('generateInstances', ['set:set', 'registry:registry', 'options:object'], generateInstancesUnchecked)
export const generateStream = /* @__PURE__ */ checked('generateStream', ['set:set', 'registry:registry', 'options:object'], generateStreamUnchecked)
export const hasChanges = /* @__PURE__ */ checked('hasChanges', ['changeSet:changeset'], hasChangesUnchecked)
export const hotjl62Citations = /* @__PURE__ */ checked('hotjl62Citations', ['citations:array'], hotjl62CitationsUnchecked)
export const hotjl62Point = /* @__PURE__ */ checked('hotjl62Point', ['number:number'], hotjl62PointUnchecked)
export const hotjl62VersionOn = /* @__PURE__ */ checked('hotjl62VersionOn', ['date?:string'], hotjl62VersionOnUnchecked)
export const isAvtaleverkError = /* @__PURE__ */ checked('isAvtaleverkError', ['value:any'], isAvtaleverkErrorUnchecked)
export const isCovered = /* @__PURE__ */ checked('isCovered', ['matrix:matrix', 'point:number|string'], isCoveredUnchecked)
export const isKnownVariable = /* @__PURE__ */ checked('isKnownVariable', ['name:string'], isKnownVariableUnchecked)
export const isPartialSet = /* @__PURE__ */ checked('isPartialSet', ['set:set'], isPartialSetUnchecked)
export const kommuneFolder = /* @__PURE__ */ checked('kommuneFolder', ['number:string', 'name:string'], kommuneFolderUnchecked)
export const kommuneOn = /* @__PURE__ */ checked('kommuneOn', ['registry:registry', 'entry:object', 'date:string'], kommuneOnUnchecked)
export const mergeProfiles = /* @__PURE__ */ checked('mergeProfiles', ['base:object', 'over:object'], mergeProfilesUnchecked)
export const newText = /* @__PURE__ */ checked('newText', ['hunks:hunks'], newTextUnchecked)
export const oldText = /* @__PURE__ */ checked('oldText', ['hunks:hunks'], oldTextUnchecked)
export const outlineText = /* @__PURE__ */ checked('outlineText', ['set:set'], outlineTextUnchecked)
export const parseDocument = /* @__PURE__ */ checked('parseDocument', ['markdown:string', 'options?:object'], parseDocumentUnchecked)
export const parseKommuneRegistry = /* @__PURE__ */ checked('parseKommuneRegistry', ['text:string', 'options?:object'], parseKommuneRegistryUnchecked)
export const pointsAddedSince = /* @__PURE__ */ checked('pointsAddedSince', ['version:object'], pointsAddedSinceUnchecked)
export const positionedText = /* @__PURE__ */ checked('positionedText', ['node:node'], positionedTextUnchecked)
export const recommendedProfile = /* @__PURE__ */ checked('recommendedProfile', [], recommendedProfileUnchecked)
export const renderDiffDocx = /* @__PURE__ */ checked('renderDiffDocx', ['changeSet:changeset', 'options?:object'], async (changeSet: ChangeSet, options?: DiffDocxOptions): Promise<Uint8Array> => (await import('./render/diff-docx.js')).renderDiffDocx(changeSet, options))
export const renderDiffHtml = /* @__PURE__ */ checked('renderDiffHtml', ['changeSet:changeset', 'options?:object'], renderDiffHtmlUnchecked)
export const renderDiffMarkdown = /* @__PURE__ */ checked('renderDiffMarkdown', ['changeSet:changeset', 'options?:object'], renderDiffMarkdownUnchecked)
export const renderDiffText = /* @__PURE__ */ checked('renderDiffText', ['changeSet:changeset', 'options?:object'], renderDiffTextUnchecked)
export const ruleById = /* @__PURE__ */ checked('ruleById', ['id:string'], ruleByIdUnchecked)
export const selectKommuner = /* @__PURE__ */ checked('selectKommuner', ['registry:registry', 'queries:strings'], selectKommunerUnchecked)
export const setDate = /* @__PURE__ */ checked('setDate', ['set:set'], setDateUnchecked)
export const setHearingLabel = /* @__PURE__ */ checked('setHearingLabel', ['source:string', 'label:string', 'file?:string'], setHearingLabelUnchecked)
export const setToJson = /* @__PURE__ */ checked('setToJson', ['set:set'], setToJsonUnchecked)
export const sortDiagnostics = /* @__PURE__ */ checked('sortDiagnostics', ['diagnostics:diagnostics'], sortDiagnosticsUnchecked)
export const stringify = /* @__PURE__ */ checked('stringify', ['document:tree'], stringifyUnchecked)
export const summarise = /* @__PURE__ */ checked('summarise', ['diagnostics:diagnostics'], summariseUnchecked)
export const titleWordsFor = /* @__PURE__ */ checked('titleWordsFor', ['words:any', 'languages?:strings'], titleWordsForUnchecked)
export const tokenize = /* @__PURE__ */ checked('tokenize', ['text:string'], tokenizeUnchecked)
export const updateHearingLabels = /* @__PURE__ */ checked('updateHearingLabels', ['changeSet:changeset', 'newSet:set'], updateHearingLabelsUnchecked)
export const validate = /* @__PURE__ */ checked('validate', ['set:set', 'options?:object'], validateUnchecked)
export const valueOn = /* @__PURE__ */ checked('valueOn', ['values:array', 'date:string'], valueOnUnchecked)

export { VERSION } from './version.js'
export {
  DIAGNOSTICS_FORMAT_NAMES,
  COVERAGE_FORMAT_NAMES,
  DIFF_FORMAT_NAMES,
  HORING_FORMAT_NAMES,
  STATUS_FORMAT_NAMES,
  type DiagnosticsFormat,
  type CoverageFormat,
  type DiffFormat,
  type HoringFormat,
  type StatusFormat,
} from './render/formats/names.js'
export type { FormatSpec } from './render/formats/table.js'
export { DIAGNOSTICS_FORMATS, type DiagnosticsFormatOptions } from './render/formats/diagnostics.js'
export { COVERAGE_FORMATS } from './render/formats/coverage.js'
export { SKELETON_FORMATS } from './render/formats/skeleton.js'
export { STANDARD_SECTIONS, type SkeletonTable, type SkeletonRow, type SkeletonCell, type SectionContent, type StandardSection } from './validate/skeleton.js'
export { DIFF_FORMATS, type DiffFormatOptions } from './render/formats/diff.js'
export { HORING_FORMATS, type HoringFormatOptions } from './render/formats/horing.js'
export { STATUS_FORMATS } from './render/formats/status.js'
export { VURDERINGER, type Innspill, type Respondent, type Vurdering } from './horing/innspill.js'
export type { HoringReport, DocumentReport, SectionReport, InnspillEntry, Remark, ReportOptions } from './horing/report.js'
export type { BuildHoringReportInput } from './horing/build.js'
export type { Version, VersionList, VersionSets } from './status/versions.js'
export type { Signature } from './status/signatures.js'
export type { SigningStatusOptions, SigningState, StatusReport, KommuneStatus, ChangeSummary, HashProblem } from './status/status.js'
export type { VersionsTextOptions } from './render/status.js'

import { formatSpec as formatSpecUnchecked } from './render/formats/table.js'
import { formatDiagnostics as formatDiagnosticsUnchecked } from './render/formats/diagnostics.js'
import { formatCoverage as formatCoverageUnchecked } from './render/formats/coverage.js'
import { formatSkeleton as formatSkeletonUnchecked } from './render/formats/skeleton.js'
import { skeletonTable as skeletonTableUnchecked } from './validate/skeleton.js'
import { formatDiff as formatDiffUnchecked, checkDiffFormatOptions as checkDiffFormatOptionsUnchecked } from './render/formats/diff.js'
import { formatHoring as formatHoringUnchecked } from './render/formats/horing.js'
import { formatStatus as formatStatusUnchecked } from './render/formats/status.js'
import { formatChangeSetJson as formatChangeSetJsonUnchecked } from './render/diff-json.js'
import { parseInnspill as parseInnspillUnchecked } from './horing/innspill.js'
import { horingReport as horingReportUnchecked } from './horing/report.js'
import { checkRespondents as checkRespondentsUnchecked } from './horing/respondents.js'
import { buildHoringReport as buildHoringReportUnchecked } from './horing/build.js'
import { formatHoringMarkdown as formatHoringMarkdownUnchecked, formatHoringHtml as formatHoringHtmlUnchecked, formatHoringJson as formatHoringJsonUnchecked, formatHoringDocx as formatHoringDocxUnchecked } from './render/horing.js'
import { parseVersions as parseVersionsUnchecked, versionById as versionByIdUnchecked } from './status/versions.js'
import { parseSignatures as parseSignaturesUnchecked } from './status/signatures.js'
import { signingStatus as signingStatusUnchecked } from './status/status.js'
import { formatStatusText as formatStatusTextUnchecked, formatStatusJson as formatStatusJsonUnchecked, formatStatusHtml as formatStatusHtmlUnchecked, formatVersionsText as formatVersionsTextUnchecked } from './render/status.js'

export const formatSpec = /* @__PURE__ */ checked('formatSpec', ['table:object', 'name:any'], formatSpecUnchecked)
export const formatDiagnostics = /* @__PURE__ */ checked('formatDiagnostics', ['diagnostics:diagnostics', 'name:string', 'options?:object'], formatDiagnosticsUnchecked)
export const formatCoverage = /* @__PURE__ */ checked('formatCoverage', ['matrix:matrix', 'name:string'], formatCoverageUnchecked)
export const skeletonTable = /* @__PURE__ */ checked('skeletonTable', ['set:set'], skeletonTableUnchecked)
export const formatSkeleton = /* @__PURE__ */ checked('formatSkeleton', ['table:object', 'name:string'], formatSkeletonUnchecked)
export const formatDiff = /* @__PURE__ */ checked('formatDiff', ['changeSet:changeset', 'name:string', 'options?:object'], formatDiffUnchecked)
export const checkDiffFormatOptions = /* @__PURE__ */ checked('checkDiffFormatOptions', ['options:object'], checkDiffFormatOptionsUnchecked)
export const formatHoring = /* @__PURE__ */ checked('formatHoring', ['report:object', 'name:string', 'options?:object'], formatHoringUnchecked)
export const formatStatus = /* @__PURE__ */ checked('formatStatus', ['report:object', 'name:string'], formatStatusUnchecked)
export const formatChangeSetJson = /* @__PURE__ */ checked('formatChangeSetJson', ['changeSet:changeset'], formatChangeSetJsonUnchecked)
export const parseInnspill = /* @__PURE__ */ checked('parseInnspill', ['text:string', 'file:string'], parseInnspillUnchecked)
export const horingReport = /* @__PURE__ */ checked('horingReport', ['respondents:array', 'draft:set', 'changes:changeset', 'options?:object'], horingReportUnchecked)
export const checkRespondents = /* @__PURE__ */ checked('checkRespondents', ['respondents:array', 'registry:registry'], checkRespondentsUnchecked)
export const buildHoringReport = /* @__PURE__ */ checked('buildHoringReport', ['input:object'], buildHoringReportUnchecked)
export const formatHoringMarkdown = /* @__PURE__ */ checked('formatHoringMarkdown', ['report:object'], formatHoringMarkdownUnchecked)
export const formatHoringHtml = /* @__PURE__ */ checked('formatHoringHtml', ['report:object'], formatHoringHtmlUnchecked)
export const formatHoringJson = /* @__PURE__ */ checked('formatHoringJson', ['report:object'], formatHoringJsonUnchecked)
export const formatHoringDocx = /* @__PURE__ */ checked('formatHoringDocx', ['report:object', 'options?:object'], formatHoringDocxUnchecked)
export const parseVersions = /* @__PURE__ */ checked('parseVersions', ['text:string', 'file?:string'], parseVersionsUnchecked)
/** The version (id, status, date) that `versjoner.yaml` (or `listFile`) gives for a folder, or null. */
export const versionById = /* @__PURE__ */ checked('versionById', ['list:object', 'id:string'], versionByIdUnchecked)
export const parseSignatures = /* @__PURE__ */ checked('parseSignatures', ['text:string', 'file?:string'], parseSignaturesUnchecked)
export const signingStatus = /* @__PURE__ */ checked('signingStatus', ['registry:registry', 'versions:object', 'signatures:array', 'options?:object'], signingStatusUnchecked)
export const formatStatusText = /* @__PURE__ */ checked('formatStatusText', ['report:object'], formatStatusTextUnchecked)
export const formatStatusJson = /* @__PURE__ */ checked('formatStatusJson', ['report:object'], formatStatusJsonUnchecked)
export const formatStatusHtml = /* @__PURE__ */ checked('formatStatusHtml', ['report:object'], formatStatusHtmlUnchecked)
export const formatVersionsText = /* @__PURE__ */ checked('formatVersionsText', ['list:object', 'options?:object'], formatVersionsTextUnchecked)
export type { ChangeSetWithText } from './diff/changeset.js'
export type { KeptHunk, AnyHunk } from './diff/hunks.js'
export type { DiffMarkdownOptions } from './render/diff-md.js'
import { changeSetWithText as changeSetWithTextUnchecked } from './diff/with-text.js'
import { isKept as isKeptUnchecked } from './diff/hunks.js'
export const changeSetWithText = /* @__PURE__ */ checked('changeSetWithText', ['changeSet:changeset', 'old?:set'], changeSetWithTextUnchecked)
export const isKept = /* @__PURE__ */ checked('isKept', ['hunk:object'], isKeptUnchecked)
import { formatOne as formatOneUnchecked } from './errors.js'
import { terminalText as terminalTextUnchecked } from './output/terminal.js'
export const formatErrorLine = /* @__PURE__ */ checked('formatErrorLine', ['error:object'], formatOneUnchecked)
export const terminalText = /* @__PURE__ */ checked('terminalText', ['text:string', 'options?:object'], terminalTextUnchecked)
export { CONFIG_FILE, BUILTIN_PROFILES } from './validate/profile-check.js'
export { MANIFEST } from './generate/plan.js'
export type { GateOptions } from './validate/gate.js'
export type { SetLoader } from './status/versions.js'
export { BUNDLED_AGREEMENTS } from './bundled/agreements.js'
export { BUNDLED_PROFILES } from './bundled/profiles.js'
export const passes = /* @__PURE__ */ checked('passes', ['diagnostics:diagnostics', 'options?:object'], passesUnchecked)
export const builtinProfile = /* @__PURE__ */ checked('builtinProfile', ['name:string'], builtinProfileUnchecked)
export const bundledAgreementSet = /* @__PURE__ */ checked('bundledAgreementSet', [], bundledAgreementSetUnchecked)
import { markdownToHtml as markdownToHtmlUnchecked } from './output/markdown-html.js'
import { isAgreementFileName as isAgreementFileNameUnchecked } from './parse/set.js'
/** A parsed document's Markdown tree as HTML: escaped, raw HTML dropped, unsafe link addresses removed (the web app's preview). */
export const markdownToHtml = /* @__PURE__ */ checked('markdownToHtml', ['tree:node', 'options?:object'], markdownToHtmlUnchecked)
/** Whether a file name in a set's folder is an agreement document (not README.md, SOURCES.md …): how a folder in memory is read as on disk. */
export const isAgreementFileName = /* @__PURE__ */ checked('isAgreementFileName', ['name:string'], isAgreementFileNameUnchecked)
