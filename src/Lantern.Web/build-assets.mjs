// Builds Lantern's front-end assets into wwwroot (run by the build; the output is not committed):
// compiles Styles/lantern.scss against GOV.UK Frontend and MoJ Frontend, and copies their
// JavaScript modules and images.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as sass from 'sass'

const root = dirname(fileURLToPath(import.meta.url))
const govuk = join(root, 'node_modules/govuk-frontend/dist/govuk')
const moj = join(root, 'node_modules/@ministryofjustice/frontend/moj')
const lib = join(root, 'wwwroot/lib')
const assets = join(root, 'wwwroot/assets')

rmSync(lib, { recursive: true, force: true })
rmSync(assets, { recursive: true, force: true })
mkdirSync(lib, { recursive: true })
mkdirSync(join(assets, 'images'), { recursive: true })

const css = sass.compile(join(root, 'Styles/lantern.scss'), {
  loadPaths: [root],
  style: 'compressed',
  quietDeps: true,
  silenceDeprecations: ['import'],
  logger: sass.Logger.silent
})
writeFileSync(join(lib, 'lantern.css'), css.css)

cpSync(join(govuk, 'govuk-frontend.min.js'), join(lib, 'govuk-frontend.min.js'))
cpSync(join(moj, 'moj-frontend.min.js'), join(lib, 'moj-frontend.min.js'))
cpSync(join(govuk, 'assets/images'), join(assets, 'images'), { recursive: true })
cpSync(join(moj, 'assets/images'), join(assets, 'images'), { recursive: true })
cpSync(join(govuk, 'assets/manifest.json'), join(assets, 'manifest.json'))
writeFileSync(join(lib, '.built'), new Date().toISOString() + '\n')
console.log('Lantern assets built into wwwroot/lib and wwwroot/assets')
