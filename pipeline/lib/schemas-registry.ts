import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { schemaIds, schemaJson } from './schema-files.js';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

export { schemaIds };

/**
 * One Ajv instance with every schema of schemas/ loaded. `make` compiles it once into standalone
 * validators (pipeline/validators/compiled.cjs); with `source` the instance keeps the code for that.
 */
export function createRegistry(source = false): Ajv2020 {
  const instance = new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    discriminator: true,
    code: { source, lines: true },
  });
  addFormats(instance);
  for (const keyword of ['x-primaryKey', 'x-foreignKeys', 'x-table', 'x-rules', 'x-example']) {
    instance.addKeyword({ keyword, schemaType: ['string', 'array', 'object'] });
  }
  for (const id of schemaIds()) instance.addSchema(schemaJson(id));
  return instance;
}
