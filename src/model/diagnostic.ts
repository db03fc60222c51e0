import { z } from 'zod';

/**
 * A problem with the input that did not stop the run: the file, line or field it concerns, a stable
 * code and a sentence for a person. `error` means something was skipped; `warning` means it was read
 * with a change or a gap the user should know about.
 */
export const Diagnostic = z.object({
  level: z.enum(['error', 'warning']),
  code: z.string().regex(/^[EW]_[A-Z0-9_]+$/),
  message: z.string(),
  file: z.string().optional(),
  line: z.number().int().positive().optional(),
  field: z.string().optional(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

/** `file:line: message`, the form editors and terminals link. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.file ? `${d.file}${d.line ? `:${d.line}` : ''}${d.field ? ` (field ${d.field})` : ''}: ` : '';
  return `${d.level}: ${where}${d.code} ${d.message}`;
}
