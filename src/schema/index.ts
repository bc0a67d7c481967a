/**
 * The JSON schemas of schemas/ as validators compiled at build time (validators.ts, Ajv
 * standalone code written by scripts/build-validators.mjs): nothing is compiled or evaluated
 * at run time, so the library loads under a Content-Security-Policy without 'unsafe-eval'.
 * Each is an Ajv ValidateFunction: true when the value fits, else its `errors`.
 */
import type { ValidateFunction } from 'ajv'
import * as compiled from './validators.js'

export const agreementValidator = compiled.agreement as ValidateFunction
export const avtalesettValidator = compiled.avtalesett as ValidateFunction
export const innspillValidator = compiled.innspill as ValidateFunction
export const kommunerValidator = compiled.kommuner as ValidateFunction
export const profileValidator = compiled.profile as ValidateFunction
export const signaturerValidator = compiled.signaturer as ValidateFunction
export const versjonerValidator = compiled.versjoner as ValidateFunction

/** kommuner.schema.json itself: its patterns name the registry's messages. */
export { default as kommunerSchema } from '../../schemas/kommuner.schema.json' with { type: 'json' }
