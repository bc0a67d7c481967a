/**
 * avtaleverk — the public API. Everything a program needs is exported from here; the CLI is a
 * thin shell over these functions.
 */
import { checked } from './arguments.js'
import { isAvtaleverkError as isAvtaleverkErrorUnchecked } from './errors.js'
import { importDocument as importDocumentUnchecked, importManifest as importManifestUnchecked, importSet as importSetUnchecked, formatReport as formatImportReportUnchecked } from './import/index.js'
import { hotjl62Point as hotjl62PointUnchecked, hotjl62VersionOn as hotjl62VersionOnUnchecked, pointsAddedSince as pointsAddedSinceUnchecked } from './law/hotjl-6-2.js'
import { actByKey as actByKeyUnchecked } from './law/acts.js'
import { parseDocument as parseDocumentUnchecked, allSections as allSectionsUnchecked } from './parse/document.js'
import { loadAgreementSet as loadAgreementSetUnchecked, loadDocument as loadDocumentUnchecked, listAgreementFiles as listAgreementFilesUnchecked, agreementSet as agreementSetUnchecked, readAgreementSet as readAgreementSetUnchecked } from './parse/load.js'
import { extractLawCitations as extractLawCitationsUnchecked, hotjl62Citations as hotjl62CitationsUnchecked } from './parse/citations.js'
import { extractReferences as extractReferencesUnchecked } from './parse/references.js'
import { positionedText as positionedTextUnchecked } from './parse/text.js'
import { stringify as stringifyUnchecked } from './stringify.js'
import { outlineText as outlineTextUnchecked, setToJson as setToJsonUnchecked, documentToJson as documentToJsonUnchecked } from './render/outline.js'
import { validate as validateUnchecked, summarise as summariseUnchecked, sortDiagnostics as sortDiagnosticsUnchecked, effectiveProfile as effectiveProfileUnchecked } from './validate/index.js'
import { ruleById as ruleByIdUnchecked } from './validate/rules/index.js'
import { defineRule as defineRuleUnchecked } from './validate/types.js'
import { avtaleverkLint as avtaleverkLintUnchecked, diagnosticToMessage as diagnosticToMessageUnchecked } from './remark/lint.js'
import { loadConfig as loadConfigUnchecked, findConfig as findConfigUnchecked, checkConfig as checkConfigUnchecked } from './validate/config.js'
import { mergeProfiles as mergeProfilesUnchecked, titleWordsFor as titleWordsForUnchecked } from './validate/profile.js'
import { loadProfile as loadProfileUnchecked, checkProfile as checkProfileUnchecked, recommendedProfile as recommendedProfileUnchecked } from './validate/profile-load.js'
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
import { readSetAtRevision as readSetAtRevisionUnchecked } from './diff/git.js'
import { updateHearingLabels as updateHearingLabelsUnchecked, setHearingLabel as setHearingLabelUnchecked } from './diff/labels.js'
import { renderDiffText as renderDiffTextUnchecked } from './render/diff-text.js'
import { renderDiffMarkdown as renderDiffMarkdownUnchecked } from './render/diff-md.js'
import { renderDiffHtml as renderDiffHtmlUnchecked } from './render/diff-html.js'
import { renderDiffDocx as renderDiffDocxUnchecked } from './render/diff-docx.js'
import { loadKommuneRegistry as loadKommuneRegistryUnchecked, parseKommuneRegistry as parseKommuneRegistryUnchecked, kommuneOn as kommuneOnUnchecked, selectKommuner as selectKommunerUnchecked, valueOn as valueOnUnchecked } from './registry/registry.js'
import { generateInstances as generateInstancesUnchecked } from './generate/generate.js'
import { writeGeneration as writeGenerationUnchecked } from './generate/write.js'
import { asciiSlug as asciiSlugUnchecked, kommuneFolder as kommuneFolderUnchecked } from './registry/paths.js'
export type * from './model.js'
export { AvtaleverkError, type ErrorCode, type ErrorPlace } from './errors.js'
export { HOTJL_6_2_POINTS, HOTJL_6_2_SECOND_PARAGRAPH, HOTJL_6_2_POINT_COUNT, HOTJL_6_2_VERSIONS, HOTJL_6_2_CURRENT, type Hotjl62Point, type Hotjl62Version } from './law/hotjl-6-2.js'
export { ACTS, type Act } from './law/acts.js'
export { type ParseOptions, DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH } from './parse/document.js'
export { type ReadResult } from './parse/load.js'
export { type SetJson, type DocumentJson } from './render/outline.js'
export { type CoverageJson, type CoverageSummary } from './render/coverage.js'
export { type ValidateOptions, type DiagnosticSummary } from './validate/index.js'
export type { Diagnostic, Severity, Rule, Finding, RuleContext, RuleMeta, Report, AnyRule, OptionsOf, RuleSettingFor } from './validate/types.js'
export { RULES } from './validate/rules/index.js'
export { CONFIG_FILE, type LoadConfigOptions } from './validate/config.js'
export { type Profile, type ResolvedProfile, type ValidateConfig, type RuleSetting, type GlossaryEntry, type ProvisionSpec, type SupersededDocument, type Language, type TitleWords } from './validate/profile.js'
export { BUILTIN_PROFILES } from './validate/profile-load.js'
export { type CoverageMatrix, type CoverageCell, type CoverageOptions, type PointKey } from './validate/coverage.js'
export { type Placeholder } from './validate/placeholders.js'
export { TEMPLATE_VARIABLES } from './template/variables.js'
export { CHANGESET_FORMAT, CHANGESET_VERSION, SECTION_STATUSES, DOCUMENT_STATUSES, type ChangeSet, type ChangeSetSummary, type DocumentChange, type DocumentSide, type DocumentStatus, type SectionChange, type SectionRef, type SectionStatus, type FrontMatterChange, type DiffOptions } from './diff/changeset.js'
export { type Hunk, type HunkKind, type TextDiff, type Fallback } from './diff/hunks.js'
export { type AppliedDocument, type AppliedSection } from './diff/apply.js'
export { DEFAULT_MAX_EDIT_LENGTH, DEFAULT_TIMEOUT_MS } from './diff/words.js'
export { type LabelUpdate } from './diff/labels.js'
export { type DiffTextOptions } from './render/diff-text.js'
export { type DiffHtmlOptions } from './render/diff-html.js'
export { type DiffDocxOptions } from './render/diff-docx.js'
export { type KommuneRegistry, type KommuneEntry, type Kommune, type Dated, type Signatory, type ParseRegistryOptions } from './registry/registry.js'
export { OUTPUT_FORMATS, type OutputFormat } from './generate/formats.js'
export { type GenerateOptions, type CopyVersion, type GeneratedFile, type Generation, type Manifest } from './generate/generate.js'
export { MANIFEST, type WriteGenerationOptions } from './generate/write.js'
export { BLOCK_PREFIX } from './template/variables.js'

// Every function of the API checks its arguments (src/arguments.ts): bad ones are an AvtaleverkError, not a TypeError.
export const actByKey = checked('actByKey', ['key:string'], actByKeyUnchecked)
export const agreementSet = checked('agreementSet', ['documents:documents', 'root?:string'], agreementSetUnchecked)
export const allSections = checked('allSections', ['sections:sections'], allSectionsUnchecked)
export const applyChangeSet = checked('applyChangeSet', ['old:set', 'changeSet:changeset'], applyChangeSetUnchecked)
export const applyHunks = checked('applyHunks', ['old:string', 'hunks:hunks'], applyHunksUnchecked)
export const asciiSlug = checked('asciiSlug', ['text:string', 'max?:number', 'fallback?:string'], asciiSlugUnchecked)
export const checkConfig = checked('checkConfig', ['value:any', 'file:string', 'keyLines?:object'], checkConfigUnchecked)
export const checkProfile = checked('checkProfile', ['value:any', 'file:string', 'lines?:object', 'prefix?:string', 'rules?:array'], checkProfileUnchecked)
export const countWords = checked('countWords', ['text:string'], countWordsUnchecked)
export const coverageMatrix = checked('coverageMatrix', ['set:set', 'options?:object'], coverageMatrixUnchecked)
export const diffDocuments = checked('diffDocuments', ['oldDoc:document', 'newDoc:document', 'options?:object'], diffDocumentsUnchecked)
export const avtaleverkLint = checked('avtaleverkLint', ['options?:object'], avtaleverkLintUnchecked)
export const diagnosticToMessage = checked('diagnosticToMessage', ['diagnostic:object', 'file:object'], diagnosticToMessageUnchecked)
export { type LintOptions } from './remark/lint.js'
export const defineRule = checked('defineRule', ['rule:object'], defineRuleUnchecked)
export const diffSets = checked('diffSets', ['oldSet:set', 'newSet:set', 'options?:object'], diffSetsUnchecked)
export const documentToJson = checked('documentToJson', ['doc:document'], documentToJsonUnchecked)
export const effectiveProfile = checked('effectiveProfile', ['options?:object'], effectiveProfileUnchecked)
export const extractLawCitations = checked('extractLawCitations', ['text:positioned', 'options?:object'], extractLawCitationsUnchecked)
export const extractReferences = checked('extractReferences', ['text:positioned', 'documentId:string', 'options?:object'], extractReferencesUnchecked)
export const findConfig = checked('findConfig', ['dirs:strings', 'options?:object'], findConfigUnchecked)
export const findPlaceholders = checked('findPlaceholders', ['doc:tree', 'options?:object'], findPlaceholdersUnchecked)
export const formatCoverageHtml = checked('formatCoverageHtml', ['matrix:matrix', 'title?:string'], formatCoverageHtmlUnchecked)
export const formatCoverageJson = checked('formatCoverageJson', ['matrix:matrix'], formatCoverageJsonUnchecked)
export const formatCoverageText = checked('formatCoverageText', ['matrix:matrix'], formatCoverageTextUnchecked)
export const formatDate = checked('formatDate', ['iso:string', 'format?:string'], formatDateUnchecked)
export const formatGithub = checked('formatGithub', ['diagnostics:diagnostics'], formatGithubUnchecked)
export const formatJson = checked('formatJson', ['diagnostics:diagnostics'], formatJsonUnchecked)
export const formatSarif = checked('formatSarif', ['diagnostics:diagnostics', 'options?:object'], formatSarifUnchecked)
export const formatStylish = checked('formatStylish', ['diagnostics:diagnostics', 'options?:object'], formatStylishUnchecked)
export const generateInstances = checked('generateInstances', ['set:set', 'registry:registry', 'options:object'], generateInstancesUnchecked)
export const hasChanges = checked('hasChanges', ['changeSet:changeset'], hasChangesUnchecked)
export const hotjl62Citations = checked('hotjl62Citations', ['citations:array'], hotjl62CitationsUnchecked)
export const hotjl62Point = checked('hotjl62Point', ['number:number'], hotjl62PointUnchecked)
export const hotjl62VersionOn = checked('hotjl62VersionOn', ['date?:string'], hotjl62VersionOnUnchecked)
export const isAvtaleverkError = checked('isAvtaleverkError', ['value:any'], isAvtaleverkErrorUnchecked)
export const isCovered = checked('isCovered', ['matrix:matrix', 'point:number|string'], isCoveredUnchecked)
export const isKnownVariable = checked('isKnownVariable', ['name:string'], isKnownVariableUnchecked)
export const isPartialSet = checked('isPartialSet', ['set:set'], isPartialSetUnchecked)
export const kommuneFolder = checked('kommuneFolder', ['number:string', 'name:string'], kommuneFolderUnchecked)
export const kommuneOn = checked('kommuneOn', ['registry:registry', 'entry:object', 'date:string'], kommuneOnUnchecked)
export const listAgreementFiles = checked('listAgreementFiles', ['dir:string'], listAgreementFilesUnchecked)
export const loadAgreementSet = checked('loadAgreementSet', ['target:string', 'options?:object'], loadAgreementSetUnchecked)
export const loadConfig = checked('loadConfig', ['file:string', 'options?:object'], loadConfigUnchecked)
export const loadDocument = checked('loadDocument', ['file:string', 'options?:object'], loadDocumentUnchecked)
export const loadKommuneRegistry = checked('loadKommuneRegistry', ['file:string'], loadKommuneRegistryUnchecked)
export const loadProfile = checked('loadProfile', ['ref:string', 'cwd?:string', 'options?:object'], loadProfileUnchecked)
export const mergeProfiles = checked('mergeProfiles', ['base:object', 'over:object'], mergeProfilesUnchecked)
export const newText = checked('newText', ['hunks:hunks'], newTextUnchecked)
export const oldText = checked('oldText', ['hunks:hunks'], oldTextUnchecked)
export const outlineText = checked('outlineText', ['set:set'], outlineTextUnchecked)
export const parseDocument = checked('parseDocument', ['markdown:string', 'options?:object'], parseDocumentUnchecked)
export const parseKommuneRegistry = checked('parseKommuneRegistry', ['text:string', 'options?:object'], parseKommuneRegistryUnchecked)
export const pointsAddedSince = checked('pointsAddedSince', ['version:object'], pointsAddedSinceUnchecked)
export const positionedText = checked('positionedText', ['node:node'], positionedTextUnchecked)
export const readAgreementSet = checked('readAgreementSet', ['target:string', 'options?:object'], readAgreementSetUnchecked)
export const readSetAtRevision = checked('readSetAtRevision', ['target:string', 'revision:string', 'options?:object'], readSetAtRevisionUnchecked)
export const recommendedProfile = checked('recommendedProfile', [], recommendedProfileUnchecked)
export const renderDiffDocx = checked('renderDiffDocx', ['changeSet:changeset', 'options?:object'], renderDiffDocxUnchecked)
export const renderDiffHtml = checked('renderDiffHtml', ['changeSet:changeset', 'options?:object'], renderDiffHtmlUnchecked)
export const renderDiffMarkdown = checked('renderDiffMarkdown', ['changeSet:changeset', 'options?:object'], renderDiffMarkdownUnchecked)
export const renderDiffText = checked('renderDiffText', ['changeSet:changeset', 'options?:object'], renderDiffTextUnchecked)
export const ruleById = checked('ruleById', ['id:string'], ruleByIdUnchecked)
export const selectKommuner = checked('selectKommuner', ['registry:registry', 'queries:strings'], selectKommunerUnchecked)
export const setDate = checked('setDate', ['set:set'], setDateUnchecked)
export const setHearingLabel = checked('setHearingLabel', ['source:string', 'label:string', 'file?:string'], setHearingLabelUnchecked)
export const setToJson = checked('setToJson', ['set:set'], setToJsonUnchecked)
export const sortDiagnostics = checked('sortDiagnostics', ['diagnostics:diagnostics'], sortDiagnosticsUnchecked)
export const stringify = checked('stringify', ['document:tree'], stringifyUnchecked)
export const summarise = checked('summarise', ['diagnostics:diagnostics'], summariseUnchecked)
export const titleWordsFor = checked('titleWordsFor', ['words:any', 'languages?:strings'], titleWordsForUnchecked)
export const tokenize = checked('tokenize', ['text:string'], tokenizeUnchecked)
export const updateHearingLabels = checked('updateHearingLabels', ['changeSet:changeset', 'newSet:set'], updateHearingLabelsUnchecked)
export const validate = checked('validate', ['set:set', 'options?:object'], validateUnchecked)
export const valueOn = checked('valueOn', ['values:array', 'date:string'], valueOnUnchecked)
export const writeGeneration = checked('writeGeneration', ['generation:generation', 'outDir:string', 'options?:object'], writeGenerationUnchecked)
export { DEFAULT_IMPORT_MAX_BYTES, type ImportManifest, type ImportOptions, type ImportFile, type ImportedDocument, type ImportResult, type FileReport as ImportFileReport, type Fidelity } from './import/index.js'
export const importDocument = checked('importDocument', ['bytes:bytes', 'options:object'], importDocumentUnchecked)
export const importManifest = checked('importManifest', ['result:object'], importManifestUnchecked)
export const importSet = checked('importSet', ['files:importfiles', 'options?:object'], importSetUnchecked)
export const formatImportReport = checked('formatImportReport', ['reports:array'], formatImportReportUnchecked)

export { VERSION } from './version.js'
export { type WriteOptions } from './io/write-file.js'
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
export { type FormatSpec } from './render/formats/table.js'
export { DIAGNOSTICS_FORMATS, type DiagnosticsFormatOptions } from './render/formats/diagnostics.js'
export { COVERAGE_FORMATS } from './render/formats/coverage.js'
export { DIFF_FORMATS, type DiffFormatOptions } from './render/formats/diff.js'
export { HORING_FORMATS, type HoringFormatOptions } from './render/formats/horing.js'
export { STATUS_FORMATS } from './render/formats/status.js'
export { type VersionPair, type VersionPairInput } from './diff/versions.js'
export { type PathsValidation, type ValidatePathsOptions, type ProfileChoice, type GateOptions } from './validate/run.js'
export { type GenerationInput } from './generate/from-folder.js'
export { VURDERINGER, type Innspill, type Respondent, type Vurdering } from './horing/innspill.js'
export { type HoringReport, type DocumentReport, type SectionReport, type InnspillEntry, type Remark, type ReportOptions } from './horing/report.js'
export { type BuildHoringReportInput, type LoadHoringReportOptions } from './horing/build.js'
export { type Version, type VersionList, type VersionSets } from './status/versions.js'
export { type Signature } from './status/signatures.js'
export { type SigningStatusOptions, type SigningState, type StatusReport, type KommuneStatus, type ChangeSummary, type HashProblem } from './status/status.js'
export { type LoadSigningStatusOptions } from './status/load.js'
export { type VersionsTextOptions } from './render/status.js'

import { writeFileAtomic as writeFileAtomicUnchecked } from './io/write-file.js'
import { formatSpec as formatSpecUnchecked } from './render/formats/table.js'
import { formatDiagnostics as formatDiagnosticsUnchecked } from './render/formats/diagnostics.js'
import { formatCoverage as formatCoverageUnchecked } from './render/formats/coverage.js'
import { formatDiff as formatDiffUnchecked, checkDiffFormatOptions as checkDiffFormatOptionsUnchecked } from './render/formats/diff.js'
import { formatHoring as formatHoringUnchecked } from './render/formats/horing.js'
import { formatStatus as formatStatusUnchecked } from './render/formats/status.js'
import { formatChangeSetJson as formatChangeSetJsonUnchecked } from './render/diff-json.js'
import { loadVersionPair as loadVersionPairUnchecked } from './diff/versions.js'
import { writeHearingLabels as writeHearingLabelsUnchecked } from './diff/labels-write.js'
import { validatePaths as validatePathsUnchecked, passes as passesUnchecked, profileFor as profileForUnchecked } from './validate/run.js'
import { loadGenerationInput as loadGenerationInputUnchecked, describeGeneration as describeGenerationUnchecked } from './generate/from-folder.js'
import { parseInnspill as parseInnspillUnchecked, loadInnspill as loadInnspillUnchecked } from './horing/innspill.js'
import { horingReport as horingReportUnchecked } from './horing/report.js'
import { checkRespondents as checkRespondentsUnchecked } from './horing/respondents.js'
import { buildHoringReport as buildHoringReportUnchecked, loadHoringReport as loadHoringReportUnchecked } from './horing/build.js'
import { formatHoringMarkdown as formatHoringMarkdownUnchecked, formatHoringHtml as formatHoringHtmlUnchecked, formatHoringJson as formatHoringJsonUnchecked, formatHoringDocx as formatHoringDocxUnchecked } from './render/horing.js'
import { parseVersions as parseVersionsUnchecked, loadVersions as loadVersionsUnchecked, versionById as versionByIdUnchecked, versionOfFolder as versionOfFolderUnchecked } from './status/versions.js'
import { parseSignatures as parseSignaturesUnchecked, loadSignatures as loadSignaturesUnchecked } from './status/signatures.js'
import { signingStatus as signingStatusUnchecked } from './status/status.js'
import { findKommuneRegistry as findKommuneRegistryUnchecked, loadSigningStatus as loadSigningStatusUnchecked } from './status/load.js'
import { formatStatusText as formatStatusTextUnchecked, formatStatusJson as formatStatusJsonUnchecked, formatStatusHtml as formatStatusHtmlUnchecked, formatVersionsText as formatVersionsTextUnchecked } from './render/status.js'

export const writeFileAtomic = checked('writeFileAtomic', ['file:string', 'data:any', 'options?:object'], writeFileAtomicUnchecked)
export const formatSpec = checked('formatSpec', ['table:object', 'name:any'], formatSpecUnchecked)
export const formatDiagnostics = checked('formatDiagnostics', ['diagnostics:diagnostics', 'name:string', 'options?:object'], formatDiagnosticsUnchecked)
export const formatCoverage = checked('formatCoverage', ['matrix:matrix', 'name:string'], formatCoverageUnchecked)
export const formatDiff = checked('formatDiff', ['changeSet:changeset', 'name:string', 'options?:object'], formatDiffUnchecked)
export const checkDiffFormatOptions = checked('checkDiffFormatOptions', ['options:object'], checkDiffFormatOptionsUnchecked)
export const formatHoring = checked('formatHoring', ['report:object', 'name:string', 'options?:object'], formatHoringUnchecked)
export const formatStatus = checked('formatStatus', ['report:object', 'name:string'], formatStatusUnchecked)
export const formatChangeSetJson = checked('formatChangeSetJson', ['changeSet:changeset'], formatChangeSetJsonUnchecked)
export const loadVersionPair = checked('loadVersionPair', ['input:object'], loadVersionPairUnchecked)
export const writeHearingLabels = checked('writeHearingLabels', ['updates:array', 'options?:object'], writeHearingLabelsUnchecked)
export const validatePaths = checked('validatePaths', ['targets:strings', 'options?:object'], validatePathsUnchecked)
export const passes = checked('passes', ['diagnostics:diagnostics', 'options?:object'], passesUnchecked)
export const profileFor = checked('profileFor', ['target:string', 'choice?:object'], profileForUnchecked)
export const loadGenerationInput = checked('loadGenerationInput', ['dir:string', 'options?:object'], loadGenerationInputUnchecked)
export const describeGeneration = checked('describeGeneration', ['generation:generation', 'where:object'], describeGenerationUnchecked)
export const parseInnspill = checked('parseInnspill', ['text:string', 'file:string'], parseInnspillUnchecked)
export const loadInnspill = checked('loadInnspill', ['dir:string'], loadInnspillUnchecked)
export const horingReport = checked('horingReport', ['respondents:array', 'draft:set', 'changes:changeset', 'options?:object'], horingReportUnchecked)
export const checkRespondents = checked('checkRespondents', ['respondents:array', 'registry:registry'], checkRespondentsUnchecked)
export const buildHoringReport = checked('buildHoringReport', ['input:object'], buildHoringReportUnchecked)
export const loadHoringReport = checked('loadHoringReport', ['options:object'], loadHoringReportUnchecked)
export const formatHoringMarkdown = checked('formatHoringMarkdown', ['report:object'], formatHoringMarkdownUnchecked)
export const formatHoringHtml = checked('formatHoringHtml', ['report:object'], formatHoringHtmlUnchecked)
export const formatHoringJson = checked('formatHoringJson', ['report:object'], formatHoringJsonUnchecked)
export const formatHoringDocx = checked('formatHoringDocx', ['report:object', 'options?:object'], formatHoringDocxUnchecked)
export const parseVersions = checked('parseVersions', ['text:string', 'file?:string'], parseVersionsUnchecked)
export const loadVersions = checked('loadVersions', ['file:string'], loadVersionsUnchecked)
/** The version (id, status, date) that `versjoner.yaml` (or `listFile`) gives for a folder, or null. */
export const versionOfFolder = checked('versionOfFolder', ['folder:string', 'listFile?:string'], versionOfFolderUnchecked)
export const versionById = checked('versionById', ['list:object', 'id:string'], versionByIdUnchecked)
export const parseSignatures = checked('parseSignatures', ['text:string', 'file?:string'], parseSignaturesUnchecked)
export const loadSignatures = checked('loadSignatures', ['file:string'], loadSignaturesUnchecked)
export const signingStatus = checked('signingStatus', ['registry:registry', 'versions:object', 'signatures:array', 'options?:object'], signingStatusUnchecked)
export const findKommuneRegistry = checked('findKommuneRegistry', ['versions:object'], findKommuneRegistryUnchecked)
export const loadSigningStatus = checked('loadSigningStatus', ['options?:object'], loadSigningStatusUnchecked)
export const formatStatusText = checked('formatStatusText', ['report:object'], formatStatusTextUnchecked)
export const formatStatusJson = checked('formatStatusJson', ['report:object'], formatStatusJsonUnchecked)
export const formatStatusHtml = checked('formatStatusHtml', ['report:object'], formatStatusHtmlUnchecked)
export const formatVersionsText = checked('formatVersionsText', ['list:object', 'options?:object'], formatVersionsTextUnchecked)
export { type ChangeSetWithText } from './diff/changeset.js'
export { type KeptHunk, type AnyHunk } from './diff/hunks.js'
export { type DiffMarkdownOptions } from './render/diff-md.js'
import { changeSetWithText as changeSetWithTextUnchecked } from './diff/with-text.js'
import { isKept as isKeptUnchecked } from './diff/hunks.js'
export const changeSetWithText = checked('changeSetWithText', ['changeSet:changeset', 'old?:set'], changeSetWithTextUnchecked)
export const isKept = checked('isKept', ['hunk:object'], isKeptUnchecked)
import { formatOne as formatOneUnchecked } from './errors.js'
import { terminalText as terminalTextUnchecked } from './render/terminal.js'
import { generateToFolder as generateToFolderUnchecked } from './generate/write.js'
import { checkHearingLabels as checkHearingLabelsUnchecked } from './diff/labels-write.js'
export const formatErrorLine = checked('formatErrorLine', ['error:object'], formatOneUnchecked)
export const terminalText = checked('terminalText', ['text:string', 'options?:object'], terminalTextUnchecked)
export const generateToFolder = checked('generateToFolder', ['set:set', 'registry:registry', 'options:object', 'outDir:string', 'writeOptions?:object'], generateToFolderUnchecked)
export const checkHearingLabels = checked('checkHearingLabels', ['updates:array', 'options?:object'], checkHearingLabelsUnchecked)
