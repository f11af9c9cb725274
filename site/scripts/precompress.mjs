// @ts-check
// Writes .br and .gz beside every text file of a built site, so a static server (sirv in
// `npm start`) or a CDN can send compressed bytes without compressing per request.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const TEXT_FILES = /\.(html|css|js|mjs|json|xml|txt|svg|webmanifest)$/
const MIN_BYTES = 1024

const dir = path.resolve(process.argv[2] ?? 'dist')
let files = 0
for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
  const file = path.join(dir, entry)
  if (!TEXT_FILES.test(file) || statSync(file).size < MIN_BYTES) continue
  const bytes = readFileSync(file)
  writeFileSync(
    `${file}.br`,
    brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
  )
  writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }))
  files++
}
process.stdout.write(`Precompressed ${files} files in ${dir}\n`)
