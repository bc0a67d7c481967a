import { describe, expect, it } from 'vitest'
import { setHearingLabel } from '../../src/diff/labels.js'

const FILE = `---
id: retningslinje-3
title: "Beskrivelse av kommunens tilbud om døgnopphold for øyeblikkelig hjelp (ØHD), en lang tittel som ikke skal brytes"
version: 2024-utkast # kommentar
anchor: samarbeidsavtale/del-2/2.3
hearing: uendret etter høringsrunde   # satt av sekretariatet
replaces: [tjenesteavtale-4]
---

# RETNINGSLINJE nr. 3
`

describe('setHearingLabel', () => {
  it('replaces the value only: comments, quoting and long lines stay byte for byte', () => {
    const out = setHearingLabel(FILE, 'revidert etter høringsrunde')
    expect(out).toBe(FILE.replace('hearing: uendret etter', 'hearing: revidert etter'))
    expect(setHearingLabel(out, 'revidert etter høringsrunde')).toBe(out)
  })

  it('inserts the key after anchor (or hotjl, or date) when missing, keeping CRLF line endings', () => {
    const crlf = FILE.replace(/^hearing: .*\n/mu, '').replace(/\n/gu, '\r\n')
    expect(setHearingLabel(crlf, 'uendret etter høringsrunde')).toContain('anchor: samarbeidsavtale/del-2/2.3\r\nhearing: uendret etter høringsrunde\r\nreplaces:')
    const noAnchor = '---\nid: samarbeidsavtale\ndate: 2024-03-01\nhotjl: [12]\n---\n# Avtale\n'
    expect(setHearingLabel(noAnchor, 'revidert etter høringsrunde')).toBe('---\nid: samarbeidsavtale\ndate: 2024-03-01\nhotjl: [12]\nhearing: revidert etter høringsrunde\n---\n# Avtale\n')
  })

  it('refuses a file without front matter or with a flow-style front matter', () => {
    expect(() => setHearingLabel('# Bare tekst\n', 'uendret etter høringsrunde')).toThrow(/Mangler front matter/u)
    expect(() => setHearingLabel('---\n{id: x, date: 2024-01-01}\n---\n', 'uendret etter høringsrunde')).toThrow(/én nøkkel per linje/u)
  })
})
