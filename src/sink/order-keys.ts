// Output bytes must not depend on the order in which extractors happened to build an
// object, so objects are rebuilt with their keys in the order the zod schema declares them.
import { z } from 'zod';

/**
 * A copy of `value` whose object keys follow `schema`'s shape, recursively. Keys of
 * z.record values (amounts, attributes, spending_plan) keep their insertion order: they
 * carry the printed column / milestone order, which the schema does not know.
 */
export function orderKeys(schema: z.ZodType, value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional) {
    return orderKeys(schema.unwrap() as z.ZodType, value);
  }
  if (schema instanceof z.ZodArray) {
    return Array.isArray(value) ? value.map((item) => orderKeys(schema.element as z.ZodType, item)) : value;
  }
  if (schema instanceof z.ZodUnion) {
    const options = schema.options as readonly z.ZodType[];
    const match = options.find((option) => option.safeParse(value).success);
    return match ? orderKeys(match, value) : value;
  }
  const input = value as Record<string, unknown>;
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(shape)) {
      if (Object.hasOwn(input, key)) out[key] = orderKeys(child, input[key]);
    }
    // keys a non-strict schema lets through go last, sorted
    for (const key of Object.keys(input).filter((k) => !Object.hasOwn(shape, k)).sort()) out[key] = input[key];
    return out;
  }
  if (schema instanceof z.ZodRecord) {
    const valueType = schema.valueType as z.ZodType;
    return Object.fromEntries(Object.entries(input).map(([key, item]) => [key, orderKeys(valueType, item)]));
  }
  return value;
}
