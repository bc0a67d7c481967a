/** `node --import ./bench/max-rss.mjs …`: prints the process's peak resident memory (KB) to stderr at exit. */
import { writeSync } from 'node:fs'

process.on('exit', () => writeSync(2, `\nMAXRSS_KB ${process.resourceUsage().maxRSS}\n`))
