// Placeholder until the Python generator lands (owned by the Python SDK work).
import type { GeneratorOutput } from './main.js';
import type { SdkModel } from './model.js';

export function generatePython(_model: SdkModel): GeneratorOutput {
  return { folders: [], files: [] };
}
