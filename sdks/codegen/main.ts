// `npm run generate` (after the server's types): writes both SDKs' generated files from openapi/openapi.yaml.
// `--check` compares instead of writing and fails when a generated file is stale, missing or left over.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadModel } from './model.js';
import { generatePython } from './python.js';
import { generateTypeScript } from './typescript.js';

export interface GeneratedFile {
  /** Relative to the repository's root. */
  path: string;
  content: string;
}

export interface GeneratorOutput {
  /** Folders the generator owns entirely: any other file in them is stale. */
  folders: string[];
  files: GeneratedFile[];
}

const root = path.resolve(import.meta.dirname, '../..');
const check = process.argv.includes('--check');
const model = loadModel();
const outputs = [generateTypeScript(model), generatePython(model)];

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(path.join(root, folder), { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.includes('__pycache__'));
}

const problems: string[] = [];
for (const output of outputs) {
  const expected = new Map(output.files.map((file) => [path.normalize(file.path), file.content]));
  for (const folder of output.folders) {
    for (const file of await listFiles(folder)) {
      if (expected.has(file)) continue;
      if (check) problems.push(`${file} is not generated any more`);
      else await rm(path.join(root, file));
    }
  }
  for (const [file, content] of expected) {
    const current = await readFile(path.join(root, file), 'utf8').catch(() => undefined);
    if (current === content) continue;
    if (check) problems.push(current === undefined ? `${file} is missing` : `${file} is stale`);
    else {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), content);
    }
  }
}

if (check) {
  if (problems.length > 0) {
    console.error(`${problems.join('\n')}\nThe SDKs are stale against openapi/openapi.yaml: run \`npm run generate\` and commit the result.`);
    process.exit(1);
  }
  console.log('generated SDK files are up to date');
} else {
  console.log(`wrote ${outputs.reduce((sum, output) => sum + output.files.length, 0)} generated SDK files`);
}
