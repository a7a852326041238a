import { z } from "zod";

/** A text in each language of the site (the i18n layer sits above the schemas). */
export interface Described {
  fr: string;
  en: string;
  ar: string;
}

/** What a column documents besides its validation: written once, beside its zod type. */
export interface ColumnDoc {
  /** Frictionless Table Schema type. */
  type: "string" | "integer" | "number";
  /** What the column means, in fr/en/ar; the English text is also the zod `.describe()`. */
  describe: Described;
  /** False for columns that may be empty. */
  required?: boolean;
  enum?: readonly string[];
}

/** A column as documented in the data package and the data dictionary. */
export interface Field {
  name: string;
  type: ColumnDoc["type"];
  /** English description, as published in datapackage.json. */
  description: string;
  describe: Described;
  required: boolean;
  enum?: readonly string[];
}

const docs = z.registry<ColumnDoc>();

/**
 * A column of a table: its zod type, described (`.describe()` in English,
 * which returns a fresh schema, so a shared type such as `id` can be
 * documented differently in each table) and registered with its docs.
 */
export function column<T extends z.ZodType>(schema: T, doc: ColumnDoc): T {
  const described = schema.describe(doc.describe.en) as T;
  docs.add(described, doc);
  return described;
}

/**
 * The documented fields of a table, in the order of its zod object: that
 * order is the canonical column order of every file. Throws for a column
 * declared without `column()`, so none is published undocumented.
 */
export function fieldsOf(row: z.ZodObject): Field[] {
  return Object.entries(row.shape).map(([name, schema]) => {
    const doc = docs.get(schema as z.ZodType);
    if (!doc) throw new Error(`schema: column '${name}' has no description`);
    return {
      name,
      type: doc.type,
      description: doc.describe.en,
      describe: doc.describe,
      required: doc.required ?? true,
      ...(doc.enum ? { enum: doc.enum } : {}),
    };
  });
}
