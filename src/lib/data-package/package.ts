/**
 * The archive as a Frictionless Data Package: each table as CSV (written by csv-stringify) and as
 * JSON, and a `datapackage.json` describing both with one Table Schema, so that frictionless-py,
 * R's `frictionless` or a spreadsheet load them with the right types.
 */
import { stringify } from 'csv-stringify/sync';
import { LIST_SEPARATOR, type CellValue, type Field, type Table } from './tables.ts';

export interface PackageInfo {
  /** Lower-case package name, e.g. "kremlin-record". */
  name: string;
  title: string;
  description: string;
  /** The archive's home page, absolute. */
  homepage: string;
}

export interface DataFile {
  /** Path relative to the descriptor, e.g. "data/articles.csv". */
  path: string;
  text: string;
}

const PARTIAL_DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';

function toCsvCell(field: Field, value: CellValue): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) {
    const bad = value.find((item) => item.includes(LIST_SEPARATOR));
    if (bad !== undefined) throw new Error(`${field.name}: "${bad}" contains the list separator "${LIST_SEPARATOR}"`);
    return value.join(LIST_SEPARATOR);
  }
  return value;
}

/** A table as CSV with a header row; empty cells are unknown values. */
export function toCsv(table: Table): string {
  const rows = table.rows.map((row) => table.fields.map((field) => toCsvCell(field, row[field.name])));
  return stringify(rows, { header: true, columns: table.fields.map((field) => field.name), record_delimiter: 'unix' });
}

/** A table as a JSON array of objects; unknown values are null, lists are arrays. */
export function toJson(table: Table): string {
  const rows = table.rows.map((row) => Object.fromEntries(table.fields.map((field) => [field.name, row[field.name] ?? null])));
  return `${JSON.stringify(rows, null, 2)}\n`;
}

function toSchemaField(field: Field, format: 'csv' | 'json') {
  const listType = format === 'json' ? 'array' : 'string';
  return {
    name: field.name,
    type: field.list ? listType : field.type,
    description: field.list && format === 'csv' ? `${field.description} Separated by "${LIST_SEPARATOR}".` : field.description,
    ...(field.required || field.partialDate
      ? { constraints: { ...(field.required ? { required: true } : {}), ...(field.partialDate ? { pattern: PARTIAL_DATE_PATTERN } : {}) } }
      : {}),
  };
}

/** The files of the package, descriptor last. */
export function getDataPackageFiles(info: PackageInfo, tables: Table[], dataDir = 'data'): DataFile[] {
  const files: DataFile[] = [];
  const resources = tables.flatMap((table) =>
    (['csv', 'json'] as const).map((format) => {
      const path = `${dataDir}/${table.name}.${format}`;
      files.push({ path, text: format === 'csv' ? toCsv(table) : toJson(table) });
      return {
        name: format === 'csv' ? table.name : `${table.name}-json`,
        title: format === 'csv' ? table.title : `${table.title} (JSON)`,
        profile: 'tabular-data-resource',
        path,
        format,
        mediatype: format === 'csv' ? 'text/csv' : 'application/json',
        encoding: 'utf-8',
        ...(format === 'csv' ? { dialect: { delimiter: ',', header: true } } : {}),
        schema: { fields: table.fields.map((field) => toSchemaField(field, format)), missingValues: [''] },
      };
    }),
  );
  const descriptor = {
    profile: 'tabular-data-package',
    name: info.name,
    title: info.title,
    description: info.description,
    homepage: info.homepage,
    resources,
  };
  files.push({ path: 'datapackage.json', text: `${JSON.stringify(descriptor, null, 2)}\n` });
  return files;
}
