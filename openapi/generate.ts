// Generates server/generated/openapi.ts from openapi/openapi.yaml.
// `--check` compares instead of writing, and fails when the committed file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';

const specUrl = new URL('./openapi.yaml', import.meta.url);
const outUrl = new URL('../server/generated/openapi.ts', import.meta.url);
const header = '// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.\n\n';

const generated = header + astToString(await openapiTS(specUrl));

if (process.argv.includes('--check')) {
  const current = await readFile(outUrl, 'utf8').catch(() => '');
  if (current !== generated) {
    console.error('server/generated/openapi.ts is stale: run `npm run generate` and commit the result.');
    process.exit(1);
  }
  console.log('generated types are up to date');
} else {
  await writeFile(outUrl, generated);
  console.log('wrote server/generated/openapi.ts');
}
