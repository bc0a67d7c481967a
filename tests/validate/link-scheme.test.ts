/** The link-scheme rule (docs/rules/link-scheme.md) on the sound fixture set with links added to retningslinje 1. */
import { describe, expect, it } from 'vitest'
import { findings, lineOf, retningslinje, setOf, soundSet } from './fixtures.js'

const withText = (text: string) => {
  const files = soundSet()
  files['01-retningslinje-1.md'] = retningslinje(1, 'Oppgaver og ansvar', [1], `\n## 7. Lenker\n\n${text}\n`)
  return files
}

describe('link-scheme', () => {
  it('reports javascript: and data: links and images, also a link definition in mixed case, at the definition', () => {
    const files = withText('[Les mer](javascript:alert(1)) og ![Logo](data:image/png;base64,AAAA)\n\n[Veileder][v]\n\n[v]: JaVaScRiPt:alert(2)')
    const src = files['01-retningslinje-1.md']!
    const found = findings(setOf(files), 'link-scheme')
    expect(found).toHaveLength(3)
    expect(found[0]).toMatch(new RegExp(`^01-retningslinje-1\\.md:${lineOf(src, '[Les mer]')} .*«javascript:alert\\(1\\)»; bare http, https, mailto`))
    expect(found[1]).toMatch(/«data:image\/png;base64,AAAA»/)
    expect(found[2]).toMatch(new RegExp(`^01-retningslinje-1\\.md:${lineOf(src, '[v]:')} Lenkedefinisjon.*«JaVaScRiPt:alert\\(2\\)»`))
  })

  it('passes http, https, mailto, relative addresses and #-anchors', () => {
    expect(findings(setOf(withText('[a](https://www.helsedirektoratet.no/) [b](http://unn.no) [c](mailto:post@unn.no) [d](vedlegg/skjema.pdf) [e](#punkt-2)')), 'link-scheme')).toEqual([])
  })
})
