/**
 * avtaleverk — in Node the whole library (avtaleverk/node); a bundler targeting the browser
 * gets avtaleverk/core through package.json's `browser` condition.
 */
export * from './node.js'
