import { z } from 'zod';

/** ISO calendar day, e.g. "2023-01-25"; checked for a real month and day. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isRealDay, 'not a real calendar day');

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether "YYYY-MM-DD" names a day of the Gregorian calendar: 2023-02-29 and 2023-13-45 do not. */
export function isRealDay(value: string): boolean {
  const y = Number(value.slice(0, 4)), m = Number(value.slice(5, 7)), d = Number(value.slice(8, 10));
  if (!(m >= 1 && m <= 12 && d >= 1)) return false;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= DAYS[m - 1]! + (leap ? 1 : 0);
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
