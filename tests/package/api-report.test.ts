/**
 * The public API as a report (etc/avtaleverk.api.md, made by @microsoft/api-extractor from the
 * built declarations): an export added, removed or changed in signature makes this test fail
 * until `npm run api` writes the report anew, so the change shows in review. Needs the build
 * (npm test runs it first).
 */
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'
import { ROOT } from '../helpers.js'

it('the built declarations match the checked-in API report (npm run api updates it)', async () => {
  const bin = path.join(ROOT, 'node_modules/@microsoft/api-extractor/bin/api-extractor')
  const result = await promisify(execFile)(process.execPath, [bin, 'run', '--config', path.join(ROOT, 'api-extractor.json')], { cwd: ROOT }).then(
    (r) => ({ ok: true, out: r.stdout }),
    (e: { stdout?: string; stderr?: string }) => ({ ok: false, out: `${e.stdout ?? ''}${e.stderr ?? ''}` }),
  )
  expect(result.ok, result.out.split('\n').filter((l) => /Warning|Error|changed/i.test(l)).join('\n')).toBe(true)
}, 180_000)
