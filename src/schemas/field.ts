/** A column as documented in the data package and the data dictionary. */
export interface Field {
  name: string;
  /** Frictionless Table Schema type. */
  type: "string" | "integer" | "number";
  description: string;
  required: boolean;
  enum?: readonly string[];
  /** Extra format note for people (date forms, id references). */
  format?: string;
}

export const field = (
  name: string,
  type: Field["type"],
  description: string,
  extra: Partial<Omit<Field, "name" | "type" | "description">> = {},
): Field => ({ name, type, description, required: true, ...extra });
