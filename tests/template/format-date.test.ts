/** formatDate (issue #11.6): the three formats, and a date that does not exist is refused, not rolled over. */
import { describe, expect, it } from 'vitest'
import { formatDate } from '../../src/index.js'

describe('formatDate', () => {
  it('writes kort, lang and iso', () => {
    expect([formatDate('2023-06-01'), formatDate('2023-06-01', 'lang'), formatDate('2024-02-29', 'lang'), formatDate('2023-12-31', 'iso')]).toEqual(['01.06.2023', '1. juni 2023', '29. februar 2024', '2023-12-31'])
  })

  it('refuses impossible dates, other shapes and unknown formats with a Norwegian AvtaleverkError', () => {
    for (const [args, message] of [
      [['2023-02-30'], 'Ugyldig dato «2023-02-30»: den dagen finnes ikke'],
      [['2023-02-29', 'lang'], 'Ugyldig dato «2023-02-29»: den dagen finnes ikke'],
      [['2023-13-01'], 'Ugyldig dato «2023-13-01»: den dagen finnes ikke'],
      [['1.6.2023'], 'Ugyldig dato «1.6.2023»: skal skrives ÅÅÅÅ-MM-DD'],
      [['2023-06-01', 'langt'], 'Ukjent datoformat «langt»; bruk kort, lang, iso'],
    ] as const) {
      expect(() => formatDate(...(args as unknown as [string, string?])), args.join(' ')).toThrowError(expect.objectContaining({ name: 'AvtaleverkError', code: 'bruksfeil', message }))
    }
  })
})
