// @ts-check
// Writes .br and .gz beside every text file of a built site, so a static server (sirv in
// `npm start`) or a CDN can send compressed bytes without compressing per request.
import { readdirSync, statSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)
/** zlib runs in libuv's thread pool (4 threads), so a few files at a time use every core. */
const PARALLEL = 8
/**
 * Brotli quality 6, not 9: on 200 article pages of the synthetic archive (22 kB each, on a
 * loaded machine) quality 9 took 312 ms a page and quality 6 1.7 ms, for 0.2 % more bytes; at
 * quality 9 precompression was most of a 10,000-article full build.
 */
const BROTLI_QUALITY = 6
/**
 * Quality 11 for the search files every first search loads whole, written once per archive
 * shard: Pagefind's metadata (10,000 articles: 91.5 kB at quality 6, 79.9 kB at 11, 0.3 s)
 * and its WebAssembly (54.4 kB, 49.2 kB).
 */
const EVERY_SEARCH = /(\.pf_meta|\/wasm\.[^/]+\.pagefind)$/
const BEST_QUALITY = 11
/** A sibling that saves less than this share of the file is not written (data gzipped already). */
const MIN_SAVING = 0.03

// With Pagefind's index files, stored uncompressed by the search build (pagefindInternals.ts).
const TEXT_FILES =
  /\.(html|css|js|mjs|json|xml|txt|svg|webmanifest|pf_meta|pf_index|pf_filter|pagefind)$/
const MIN_BYTES = 1024

/**
 * Compresses the given files (absolute paths); other files, small ones and dotfiles are
 * skipped (the build's own records, such as its 41 MB copy of a 10,000-article newsroom, are
 * never served: compressing that took a second of every publish).
 * @param {string[]} files
 * @returns {Promise<number>} how many files were compressed
 */
export async function precompressFiles(files) {
  const todo = files.filter(
    (file) =>
      TEXT_FILES.test(file) &&
      !path.basename(file).startsWith('.') &&
      statSync(file).size >= MIN_BYTES,
  )
  let next = 0
  const worker = async () => {
    while (next < todo.length) {
      const file = /** @type {string} */ (todo[next++])
      const bytes = await readFile(file)
      const quality = EVERY_SEARCH.test(file) ? BEST_QUALITY : BROTLI_QUALITY
      const [br, gz] = await Promise.all([
        brotli(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: quality,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          },
        }),
        gzipAsync(bytes, { level: 9 }),
      ])
      const isWorthIt = (/** @type {Buffer} */ copy) =>
        copy.length < bytes.length * (1 - MIN_SAVING)
      await Promise.all([
        isWorthIt(br) && writeFile(`${file}.br`, br),
        isWorthIt(gz) && writeFile(`${file}.gz`, gz),
      ])
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, worker))
  return todo.length
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
  const count = await precompressFiles(filesUnder(dir))
  process.stdout.write(`Precompressed ${count} files in ${dir}\n`)
}
