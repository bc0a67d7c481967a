/**
 * avtaleverk/node (and `avtaleverk` in Node) — everything in avtaleverk/core, plus what needs
 * Node: reading agreement folders, profile and config files, git revisions, the innspill,
 * version and signature files, and writing output atomically. The CLI imports only this.
 */
import { checked } from './arguments.js'
import { signingStatusFromFiles } from './status/load.js'
import { ajvCompiler } from './validate/ajv-compiler.js'
import { useSchemaCompiler } from './validate/rule-check.js'
export * from './core.js'

// In Node a rule's meta.schema is compiled with Ajv; the core, which must not evaluate code, has no compiler.
useSchemaCompiler(ajvCompiler)
import { importDocument as importDocumentUnchecked, importManifest as importManifestUnchecked, importSet as importSetUnchecked, formatReport as formatImportReportUnchecked } from './import/index.js'
import { loadAgreementSet as loadAgreementSetUnchecked, loadDocument as loadDocumentUnchecked, listAgreementFiles as listAgreementFilesUnchecked, readAgreementSet as readAgreementSetUnchecked } from './parse/load.js'
import { loadConfig as loadConfigUnchecked, findConfig as findConfigUnchecked } from './validate/config.js'
import { loadProfile as loadProfileUnchecked } from './validate/profile-load.js'
import { readSetAtRevision as readSetAtRevisionUnchecked } from './diff/git.js'
import { loadKommuneRegistry as loadKommuneRegistryUnchecked } from './registry/load.js'
import { writeGeneration as writeGenerationUnchecked } from './generate/write.js'
export type { ReadResult } from './parse/load.js'
export type { LoadConfigOptions } from './validate/config.js'
export type { WriteGenerationOptions } from './generate/write.js'
export const findConfig = /* @__PURE__ */ checked('findConfig', ['dirs:strings', 'options?:object'], findConfigUnchecked)
export const listAgreementFiles = /* @__PURE__ */ checked('listAgreementFiles', ['dir:string'], listAgreementFilesUnchecked)
export const loadAgreementSet = /* @__PURE__ */ checked('loadAgreementSet', ['target:string', 'options?:object'], loadAgreementSetUnchecked)
export const loadConfig = /* @__PURE__ */ checked('loadConfig', ['file:string', 'options?:object'], loadConfigUnchecked)
export const loadDocument = /* @__PURE__ */ checked('loadDocument', ['file:string', 'options?:object'], loadDocumentUnchecked)
export const loadKommuneRegistry = /* @__PURE__ */ checked('loadKommuneRegistry', ['file:string'], loadKommuneRegistryUnchecked)
export const loadProfile = /* @__PURE__ */ checked('loadProfile', ['ref:string', 'cwd?:string', 'options?:object'], loadProfileUnchecked)
export const readAgreementSet = /* @__PURE__ */ checked('readAgreementSet', ['target:string', 'options?:object'], readAgreementSetUnchecked)
export const readSetAtRevision = /* @__PURE__ */ checked('readSetAtRevision', ['target:string', 'revision:string', 'options?:object'], readSetAtRevisionUnchecked)
export const writeGeneration = /* @__PURE__ */ checked('writeGeneration', ['generation:generation', 'outDir:string', 'options?:object'], writeGenerationUnchecked)
export { DEFAULT_IMPORT_MAX_BYTES, type ImportManifest, type ImportOptions, type ImportFile, type ImportedDocument, type ImportResult, type FileReport as ImportFileReport, type Fidelity } from './import/index.js'
export const importDocument = /* @__PURE__ */ checked('importDocument', ['bytes:bytes', 'options:object'], importDocumentUnchecked)
export const importManifest = /* @__PURE__ */ checked('importManifest', ['result:object'], importManifestUnchecked)
export const importSet = /* @__PURE__ */ checked('importSet', ['files:importfiles', 'options?:object'], importSetUnchecked)
export const formatImportReport = /* @__PURE__ */ checked('formatImportReport', ['reports:array'], formatImportReportUnchecked)
export type { WriteOptions } from './io/write-file.js'
export type { VersionPair, VersionPairInput } from './diff/versions.js'
export type { PathsValidation, ValidatePathsOptions, ProfileChoice } from './validate/run.js'
export type { GenerationInput } from './generate/from-folder.js'
export type { LoadHoringReportOptions } from './horing/load.js'
export type { LoadSigningStatusOptions } from './status/load.js'
import { writeFileAtomic as writeFileAtomicUnchecked } from './io/write-file.js'
import { loadVersionPair as loadVersionPairUnchecked } from './diff/versions.js'
import { writeHearingLabels as writeHearingLabelsUnchecked } from './diff/labels-write.js'
import { validatePaths as validatePathsUnchecked, profileFor as profileForUnchecked } from './validate/run.js'
import { loadGenerationInput as loadGenerationInputUnchecked, describeGeneration as describeGenerationUnchecked } from './generate/from-folder.js'
import { loadInnspill as loadInnspillUnchecked } from './horing/load.js'
import { loadHoringReport as loadHoringReportUnchecked } from './horing/load.js'
import { versionOfFolder as versionOfFolderUnchecked } from './status/load.js'
import { loadVersions as loadVersionsUnchecked } from './status/load.js'
import { loadSignatures as loadSignaturesUnchecked } from './status/load.js'
import { findKommuneRegistry as findKommuneRegistryUnchecked, loadSigningStatus as loadSigningStatusUnchecked } from './status/load.js'
export const writeFileAtomic = /* @__PURE__ */ checked('writeFileAtomic', ['file:string', 'data:any', 'options?:object'], writeFileAtomicUnchecked)
export const loadVersionPair = /* @__PURE__ */ checked('loadVersionPair', ['input:object'], loadVersionPairUnchecked)
export const writeHearingLabels = /* @__PURE__ */ checked('writeHearingLabels', ['updates:array', 'options?:object'], writeHearingLabelsUnchecked)
export const validatePaths = /* @__PURE__ */ checked('validatePaths', ['targets:strings', 'options?:object'], validatePathsUnchecked)
export const profileFor = /* @__PURE__ */ checked('profileFor', ['target:string', 'choice?:object'], profileForUnchecked)
export const loadGenerationInput = /* @__PURE__ */ checked('loadGenerationInput', ['dir:string', 'options?:object'], loadGenerationInputUnchecked)
export const describeGeneration = /* @__PURE__ */ checked('describeGeneration', ['generation:generation', 'where:object'], describeGenerationUnchecked)
export const loadInnspill = /* @__PURE__ */ checked('loadInnspill', ['dir:string'], loadInnspillUnchecked)
export const loadHoringReport = /* @__PURE__ */ checked('loadHoringReport', ['options:object'], loadHoringReportUnchecked)
export const loadVersions = /* @__PURE__ */ checked('loadVersions', ['file:string'], loadVersionsUnchecked)
export const versionOfFolder = /* @__PURE__ */ checked('versionOfFolder', ['folder:string', 'listFile?:string'], versionOfFolderUnchecked)
export const loadSignatures = /* @__PURE__ */ checked('loadSignatures', ['file:string'], loadSignaturesUnchecked)
export const findKommuneRegistry = /* @__PURE__ */ checked('findKommuneRegistry', ['versions:object'], findKommuneRegistryUnchecked)
export const loadSigningStatus = /* @__PURE__ */ checked('loadSigningStatus', ['options?:object'], loadSigningStatusUnchecked)
import { generateToFolder as generateToFolderUnchecked } from './generate/write.js'
import { checkHearingLabels as checkHearingLabelsUnchecked } from './diff/labels-write.js'
export const generateToFolder = /* @__PURE__ */ checked('generateToFolder', ['set:set', 'registry:registry', 'options:object', 'outDir:string', 'writeOptions?:object'], generateToFolderUnchecked)
export const checkHearingLabels = /* @__PURE__ */ checked('checkHearingLabels', ['updates:array', 'options?:object'], checkHearingLabelsUnchecked)
/** {@link signingStatus} of avtaleverk/core, reading from its folder each version `{ sets }` does not give. */
export const signingStatus = /* @__PURE__ */ checked('signingStatus', ['registry:registry', 'versions:object', 'signatures:array', 'options?:object'], signingStatusFromFiles)
export { WEB_CSP, PRELOAD_PATH, type ServeWebAppOptions, type RunningWebApp, type PreloadedFolder, type PreloadedFile } from './web/serve.js'
import { serveWebApp as serveWebAppUnchecked, readPreloadFolder as readPreloadFolderUnchecked } from './web/serve.js'
/** Serves the built web app (dist/web) on localhost, with a folder preloaded: what `avtaleverk web` runs. */
export const serveWebApp = /* @__PURE__ */ checked('serveWebApp', ['options:object'], serveWebAppUnchecked)
/** The files of one folder as the web app receives them (base64), for `avtaleverk web MAPPE`. */
export const readPreloadFolder = /* @__PURE__ */ checked('readPreloadFolder', ['folder:string', 'name?:string'], readPreloadFolderUnchecked)
