import type AjvClass from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import storeSchema from '../../../schemas/store.schema.json';

/** One schema violation: where (JSON path segments) and why. */
export interface SchemaViolation {
  path: Array<string | number>;
  message: string;
}

// Compiling the schema costs a few milliseconds and code generation: done on the first load, not on activation.
let strictValidator: ValidateFunction | undefined;
let lenientValidator: ValidateFunction | undefined;

/** The schema without `additionalProperties: false`, for files of a newer minor version whose extra keys we keep. */
function withoutClosedObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutClosedObjects);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'additionalProperties' && v === false) continue;
    out[k] = withoutClosedObjects(v);
  }
  return out;
}

/**
 * Ajv, loaded on first use: the validator library is the largest part of the extension bundle, and the desktop
 * build keeps it in a file of its own (dist/vendor/ajv.js) so that activation does not pay for it.
 */
function loadAjv(): typeof AjvClass {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('ajv') as { default: typeof AjvClass }).default;
}

function validator(lenient: boolean): ValidateFunction {
  const Ajv = loadAjv();
  if (lenient) {
    lenientValidator ??= new Ajv({ allErrors: false, strict: false }).compile(withoutClosedObjects(storeSchema) as object);
    return lenientValidator;
  }
  strictValidator ??= new Ajv({ allErrors: false, strict: false }).compile(storeSchema);
  return strictValidator;
}

function decodePointer(pointer: string): Array<string | number> {
  if (!pointer) return [];
  return pointer.slice(1).split('/').map((s) => {
    const k = s.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^(0|[1-9][0-9]*)$/.test(k) ? Number(k) : k;
  });
}

/** A readable JSON path: `documents["a/b.txt"].mentions[0].start`. */
export function formatPath(path: ReadonlyArray<string | number>): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

function describe(e: ErrorObject): string {
  const where = e.instancePath ? formatPath(decodePointer(e.instancePath)) : 'the file';
  if (e.keyword === 'additionalProperties') return `${where}: unknown key "${String(e.params.additionalProperty)}"`;
  if (e.keyword === 'propertyNames') return `${where}: key "${String(e.params.propertyName)}" is not allowed`;
  if (e.keyword === 'enum') return `${where} must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  return `${where} ${e.message ?? 'is invalid'}`;
}

/**
 * Validates raw JSON against `schemas/store.schema.json`; `lenient` accepts unknown keys (newer minor version).
 * Returns the first violation, or `undefined`.
 */
export function validateStoreJson(raw: unknown, lenient: boolean): SchemaViolation | undefined {
  const validate = validator(lenient);
  if (validate(raw)) return undefined;
  const errors = validate.errors ?? [];
  // propertyNames errors point at the parent object; the bad key itself is a better place to show.
  // `speaker` and `cue` are "null or a span": the null branch's complaint is noise; the span branch says more.
  const e = errors.find((x) => x.keyword !== 'oneOf' && !(x.keyword === 'type' && x.params.type === 'null')) ?? errors[0];
  if (e && e.keyword === 'oneOf') return { path: decodePointer(e.instancePath), message: `${formatPath(decodePointer(e.instancePath))} must be null or a span with start, end, exact, prefix and suffix` };
  if (!e) return { path: [], message: 'the file does not match the schema' };
  const path = decodePointer(e.instancePath);
  if (e.keyword === 'additionalProperties') path.push(String(e.params.additionalProperty));
  if (e.keyword === 'propertyNames' && typeof e.params.propertyName === 'string') path.push(e.params.propertyName);
  return { path, message: describe(e) };
}
