/** The package's version, filled in by the build (tsup `define`); `0.0.0` when run from source. */
declare const __VERSION__: string

/** The version of avtaleverk, as in its package.json (`0.0.0` when run from the sources). */
export const VERSION: string = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0'
