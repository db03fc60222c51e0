// Days as UTC midnights: a report's date names a calendar day, not an instant anywhere.

export function dayOf(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** "2023-01-25" as a UTC midnight. */
export function parseDay(iso: string): Date {
  return dayOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

export function isoDay(d: Date): string {
  const y = d.getUTCFullYear(), m = d.getUTCMonth() + 1, day = d.getUTCDate();
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}

export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

/** 0 for Sunday to 6 for Saturday. */
export function weekday(d: Date): number {
  return d.getUTCDay();
}
