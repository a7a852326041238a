import { STRINGS, type StringKey } from "../../i18n/index.ts";
import { TABLE_NAMES, TABLES, type TableName } from "../../schemas/index.ts";
import type { Field } from "../../schemas/field.ts";

/** One column as the data page documents it. */
export interface DictionaryColumn {
  name: string;
  type: Field["type"];
  required: boolean;
  /** The values a cell may take, when the schema restricts them. */
  allowed?: readonly string[];
  /** UI string that explains the column in each language. */
  meaningKey: StringKey;
}

export interface DictionaryTable {
  name: TableName;
  file: string;
  /** UI string that describes the table in each language. */
  descriptionKey: StringKey;
  columns: DictionaryColumn[];
}

/**
 * The UI string key explaining a column: `data.col.<table>.<column>`. The
 * English string is the schema's own description (a test keeps them equal);
 * French and Arabic translate it. Throws when a column has no string, so a
 * column added to a schema cannot reach the page undocumented.
 */
export function columnKey(table: TableName, column: string): StringKey {
  return existingKey(`data.col.${table}.${column}`);
}

export function tableKey(table: TableName): StringKey {
  return existingKey(`data.table.${table}`);
}

function existingKey(key: string): StringKey {
  if (!(key in STRINGS.fr)) throw new Error(`data dictionary: no UI string "${key}"`);
  return key as StringKey;
}

/**
 * The data dictionary, generated from the table schemas: every table in
 * publication order, every column in file order, with its type, whether it
 * may be empty, and its allowed values.
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
      meaningKey: columnKey(name, f.name),
    })),
  }));
}
