/**
 * placeholder: ad-hoc placeholders ("XX kommune", "xx.xx.2023", "(SETT INN DATO)", "(Navn på
 * kommune)", an empty "Sted/dato:") and template variables nobody can fill. A warning in a
 * template, where they mark what is still to be done; an error in a kommune instance, which
 * must go out complete — there every variable still standing is an error too.
 */
import { findPlaceholders } from '../placeholders.js'
import { defineRule, type Finding } from '../types.js'

export const placeholder = defineRule({
  id: 'placeholder',
  defaultSeverity: 'warning',
  description: 'Teksten skal ikke ha plassholdere som «XX kommune», «xx.xx.2023», «(SETT INN DATO)» eller tomme felt',
  defaultOptions: {},
  check({ set, instance, canFill }) {
    const findings: Finding[] = []
    const severity = instance ? ('error' as const) : undefined
    for (const document of set.documents) {
      for (const p of findPlaceholders(document)) {
        const at = { document, range: p.range, ...(severity ? { severity } : {}) }
        if (p.kind === 'ad-hoc') findings.push({ ...at, message: `Plassholder «${p.text}» står igjen; bruk en malvariabel (f.eks. {{kommune.navn}} eller {{avtale.dato}}) eller skriv inn teksten` })
        else if (p.kind === 'tom-part') {
          findings.push({ ...at, message: `Avtaleparten mangler: «${p.text}» har ikke noe kommunenavn; bruk {{kommune.navn}} eller skriv inn kommunen` })
        } else if (p.kind === 'tomt-felt') {
          findings.push({
            ...at,
            message: instance
              ? `Feltet «${p.text}» er tomt i kommuneutgaven; gi det en linje å skrive på (generate gjør det i signaturblokken)`
              : `Feltet «${p.text}» er tomt; det fylles ut ved signering, eller med en malvariabel`,
          })
        }
        else {
          const name = p.text.replace(/^\{\{\s*|\s*(\|[^}]*)?\}\}$/g, '')
          if (instance) findings.push({ ...at, message: `Malvariabelen ${p.text} er ikke fylt ut` })
          else if (!canFill(name)) findings.push({ ...at, message: `Malvariabelen ${p.text} kan ikke fylles ut: den er ukjent, eller kommuneregisteret har ikke verdien` })
        }
      }
    }
    return findings
  },
})
