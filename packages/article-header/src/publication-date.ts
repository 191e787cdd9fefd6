// Parsing and displaying the ISO 8601 dates of an article. A date-time keeps the publisher's wall
// clock unless a display time zone is asked for, so a reader abroad sees the time the notice
// carries; anything that is not a valid date is handed back for display as written.

const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

export interface ParsedDate {
  /** The text as given, trimmed: the `<time datetime>` value. */
  raw: string;
  /** The wall-clock fields as written, as a Date in UTC (so formatting in UTC shows them unchanged). */
  wallClock: Date;
  /** The instant, when the text carries an offset. */
  instant?: Date;
  hasTime: boolean;
}

export function parseIsoDate(text: string | null | undefined): ParsedDate | undefined {
  const raw = (text ?? '').trim();
  const match = ISO_8601.exec(raw);
  if (!match) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', offset] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const wallClock = new Date(0);
  wallClock.setUTCFullYear(year, month - 1, day);
  wallClock.setUTCHours(hour, minute, second, 0);
  // 31 February and the like roll over into the next month: not a real date.
  if (wallClock.getUTCDate() !== day) return undefined;
  let instant: Date | undefined;
  if (offset) {
    const sign = offset[0] === '-' ? -1 : 1;
    const digits = offset.replace(/[^0-9]/g, '');
    const offsetMinutes =
      offset.toUpperCase() === 'Z'
        ? 0
        : sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
    if (Math.abs(offsetMinutes) > 18 * 60) return undefined;
    instant = new Date(wallClock.getTime() - offsetMinutes * 60_000);
  }
  return { raw, wallClock, instant, hasTime: match[4] !== undefined };
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export const isTimeZone = (timeZone: string): boolean => validTimeZone(timeZone) !== undefined;

function validTimeZone(timeZone: string | null | undefined): string | undefined {
  if (!timeZone) return undefined;
  try {
    return new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * "29 December 2019, 20:30" / "2019年12月29日 20:30". With a valid `timeZone` and an offset in the
 * text, the instant is shown in that zone, with the zone's name.
 */
export function formatPublicationDate(date: ParsedDate, locale: string, timeZone?: string | null): string {
  const zone = date.instant ? validTimeZone(timeZone) : undefined;
  const shown = zone ? date.instant! : date.wallClock;
  const inZone = zone ?? 'UTC';
  const day = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: inZone,
  });
  if (!date.hasTime) return day.format(shown);
  const time = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: inZone,
    ...(zone ? { timeZoneName: 'short' } : {}),
  });
  const joiner = locale.startsWith('zh') ? ' ' : ', ';
  return `${day.format(shown)}${joiner}${time.format(shown)}`;
}
