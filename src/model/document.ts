import { z } from 'zod';

/** ISO calendar day, e.g. "2023-01-25"; checked for a real month and day. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isRealDay, 'not a real calendar day');

export function isRealDay(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const InputFormat = z.enum(['text', 'jsonl', 'csv', 'html']);
export type InputFormat = z.infer<typeof InputFormat>;

/** Where a document came from, so that every message can name the file and line. */
export const Origin = z.object({
  file: z.string(),
  line: z.number().int().positive().optional(),
  format: InputFormat,
});
export type Origin = z.infer<typeof Origin>;

/** A report as read: its text is kept exactly as decoded; every span points into it. */
export const Document = z.object({
  id: z.string().min(1),
  date: IsoDate.nullable(),
  text: z.string(),
  title: z.string().optional(),
  url: z.string().optional(),
  source: z.string().optional(),
  language: z.string().optional(),
  /** Fields of the input record that communique does not use, kept as they were. */
  meta: z.record(z.string(), z.unknown()),
  origin: Origin,
});
export type Document = z.infer<typeof Document>;
