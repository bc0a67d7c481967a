/** The cross-reference rule (docs/rules/cross-reference.md) on small in-memory sets: the sound fixture set with one defect each. */
import { describe, expect, it } from 'vitest'
import { findings, lineOf, retningslinje, setOf, soundSet } from './fixtures.js'

describe('cross-reference', () => {
  it('reports a missing retningslinje, part and section, a wrong quoted title and a self-reference', () => {
    const files = soundSet()
    files['01-retningslinje-1.md'] = retningslinje(
      1,
      'Oppgaver og ansvar',
      [1],
      '\n## 7. Henvisninger\n\nSe retningslinje 12. Se del 3, punkt 3.1. Jf. punkt 9.9 i samarbeidsavtalen. Se punkt 7 for dette. Jf. pkt. 7 i samarbeidsavtalen, del 1.\n\n### 7.1 Riktig tittel\n\nTekst.\n\n## 8. Mer\n\nI henhold til 7.1 (Feil tittel).\n',
    )
    const at = `01-retningslinje-1.md:${lineOf(files['01-retningslinje-1.md']!, 'Se retningslinje 12')}`
    const at2 = `01-retningslinje-1.md:${lineOf(files['01-retningslinje-1.md']!, 'I henhold til 7.1')}`
    expect(findings(setOf(files), 'cross-reference')).toEqual([
      `${at} «retningslinje 12»: retningslinje 12 er utenfor settet (ikke blant dokumentene som er lest inn)`,
      `${at} «del 3, punkt 3.1»: samarbeidsavtalen har ingen del 3`,
      `${at} «punkt 9.9 i samarbeidsavtalen»: samarbeidsavtalen har ikke noe punkt 9.9`,
      `${at} «Se punkt 7» viser til punkt 7, som er punktet henvisningen selv står i; rett til punktet som faktisk beskriver dette`,
      `${at2} «I henhold til 7.1» kaller punktet «Feil tittel», men punkt 7.1 i retningslinje 1 heter «Riktig tittel»`,
    ])
  })
})
