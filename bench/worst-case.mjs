/**
 * The pathological pair for the diff: one agreement document of about `bytes` bytes, and a
 * version of it with every paragraph rewritten (same headings, new words). Deterministic: a
 * small linear congruential generator picks words from `vocabulary`, so the bench and the test
 * see the same text on every run.
 */

/** Words of the bundled agreement: realistic lengths and frequencies for the rewritten text. */
export function vocabularyOf(texts) {
  return [...new Set(texts.join(' ').match(/[\p{L}][\p{L}-]{2,}/gu) ?? [])].sort()
}

function generator(seed) {
  let state = seed >>> 0
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state % n
  }
}

function paragraph(random, vocabulary, words) {
  const out = []
  for (let i = 0; i < words; i++) out.push(vocabulary[random(vocabulary.length)])
  return `${out.join(' ')}.`
}

/**
 * Markdown with front matter: `sections` numbered sections of `paragraphs` paragraphs each,
 * enough of them to reach `bytes`. `seed` picks the words; the headings do not depend on it.
 */
export function worstCaseDocument({ bytes, seed, vocabulary, paragraphs = 12, words = 90 }) {
  const random = generator(seed)
  const parts = ['---', 'id: retningslinje-99', 'type: retningslinje', 'number: 99', 'title: Stor retningslinje', 'version: "1"', 'status: utkast', 'date: 2024-03-01', '---', '', '# RETNINGSLINJE nr. 99: Stor retningslinje', '']
  let size = parts.join('\n').length
  for (let s = 1; size < bytes; s++) {
    const heading = `## ${s}. Punkt ${s}`
    parts.push(heading, '')
    size += heading.length + 2
    for (let p = 0; p < paragraphs && size < bytes; p++) {
      const text = paragraph(random, vocabulary, words)
      parts.push(text, '')
      size += Buffer.byteLength(text) + 2
    }
  }
  return parts.join('\n')
}
