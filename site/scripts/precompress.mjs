// @ts-check
// Writes .br and .gz beside every text file of a built site, so a static server (sirv in
// `npm start`) or a CDN can send compressed bytes without compressing per request.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const TEXT_FILES = /\.(html|css|js|mjs|json|xml|txt|svg|webmanifest)$/
const MIN_BYTES = 1024

/**
 * Compresses the given files (absolute paths); other files and small ones are skipped.
 * @param {string[]} files
 * @returns {number} how many files were compressed
 */
export function precompressFiles(files) {
  let count = 0
  for (const file of files) {
    if (!TEXT_FILES.test(file) || statSync(file).size < MIN_BYTES) continue
    const bytes = readFileSync(file)
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
    )
    writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }))
    count++
  }
  return count
}

/**
 * Every file under a folder, as absolute paths.
 * @param {string} dir
 */
export const filesUnder = (dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((entry) => path.join(dir, entry))
    .filter((file) => statSync(file).isFile())

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = path.resolve(process.argv[2] ?? 'dist')
  const count = precompressFiles(filesUnder(dir))
  process.stdout.write(`Precompressed ${count} files in ${dir}\n`)
}
