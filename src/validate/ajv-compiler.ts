/** Ajv's schema compiler for rules from outside (Node layer: compiling evaluates code). */
import { Ajv } from 'ajv'
import type { SchemaCompiler } from './rule-check.js'

let ajv: Ajv | undefined

export const ajvCompiler: SchemaCompiler = (schema) => (ajv ??= new Ajv({ allErrors: true, strict: false })).compile(schema)
