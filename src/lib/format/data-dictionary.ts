import { isStringKey, type StringKey } from "../../i18n/index.ts";
import { TABLE_NAMES, TABLES, type TableName } from "../../schemas/index.ts";
import type { Described, Field } from "../../schemas/field.ts";

/** One column as the data page documents it. */
export interface DictionaryColumn {
  name: string;
  type: Field["type"];
  required: boolean;
  /** The values a cell may take, when the schema restricts them. */
  allowed?: readonly string[];
  /** What the column means in each language, from its schema. */
  meaning: Described;
}

export interface DictionaryTable {
  name: TableName;
  file: string;
  /** UI string that describes the table in each language. */
  descriptionKey: StringKey;
  columns: DictionaryColumn[];
}

export function tableKey(table: TableName): StringKey {
  return existingKey(`data.table.${table}`);
}

function existingKey(key: string): StringKey {
  if (!isStringKey(key)) throw new Error(`data dictionary: no UI string "${key}"`);
  return key;
}

/**
 * The data dictionary, generated from the table schemas: every table in
 * publication order, every column in file order, with its type, whether it
 * may be empty, its allowed values and its meaning in fr/en/ar, all written
 * once beside the column's zod type (src/schemas/), so a column cannot reach
 * the page, or the data package, undocumented.
 */
export function dataDictionary(): DictionaryTable[] {
  return TABLE_NAMES.map((name) => ({
    name,
    file: `${name}.csv`,
    descriptionKey: tableKey(name),
    columns: TABLES[name].fields.map((f) => ({
      name: f.name,
      type: f.type,
      required: f.required,
      ...(f.enum ? { allowed: f.enum } : {}),
      meaning: f.describe,
    })),
  }));
}
