/**
 * The core's own path helpers (no node:path there) agree with Node's posix paths on the names
 * the library meets: agreement files, output folders, `..`, trailing slashes; and read a
 * Windows caller's `\` as `/`.
 */
import posix from 'node:path/posix'
import { describe, expect, it } from 'vitest'
import { basename, dirname, isAbsolute, join, normalize, relative, resolve } from '../../src/platform/path.js'

const NAMES = ['agreements/03-retningslinje-3.md', '/work/avtaler/./kommuner/../00-samarbeidsavtale.md', 'ut/', '../andre/avtaler', '.', 'a//b///c', '/..', '../../x', 'a/../..', 'kommuner.yaml']

describe('platform/path agrees with node:path/posix', () => {
  it.each(NAMES)('%s', (p) => {
    expect(normalize(p)).toBe(posix.normalize(p).replace(/(.)\/$/, '$1'))
    expect(basename(p)).toBe(posix.basename(p))
    expect(dirname(p)).toBe(posix.dirname(p))
    expect(isAbsolute(p)).toBe(posix.isAbsolute(p))
    expect(resolve(p)).toBe(posix.resolve(p))
    expect(resolve('/work/avtaler', p)).toBe(posix.resolve('/work/avtaler', p))
    expect(join('agreements', p)).toBe(posix.join('agreements', p).replace(/(.)\/$/, '$1'))
    expect(relative('/work/avtaler/kommuner', p)).toBe(posix.relative('/work/avtaler/kommuner', p))
  })

  it('reads a Windows caller’s backslashes and drive letters', () => {
    expect(normalize('agreements\\kommuner\\..\\03-retningslinje-3.md')).toBe('agreements/03-retningslinje-3.md')
    expect(isAbsolute('C:\\avtaler')).toBe(true)
    expect(isAbsolute('\\avtaler')).toBe(true)
    expect(basename('ut\\rapport.html')).toBe('rapport.html')
    expect(dirname('ut\\rapport.html')).toBe('ut')
  })
})
