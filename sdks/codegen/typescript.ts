// Placeholder until the TypeScript generator lands (owned by the TypeScript SDK work).
import type { GeneratorOutput } from './main.js';
import type { SdkModel } from './model.js';

export function generateTypeScript(_model: SdkModel): GeneratorOutput {
  return { folders: [], files: [] };
}
