// Parsing and displaying the ISO 8601 dates of an article. A date-time keeps the publisher's wall
// clock unless a display time zone is asked for, so a reader abroad sees the time the notice
// carries; anything that is not a valid date is handed back for display as written.

const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

export interface ParsedDate {
  /** A valid HTML date or global date-and-time string for the same moment: the `<time datetime>`. */
  raw: string;
  /** The wall-clock fields as written, as a Date in UTC (so formatting in UTC shows them unchanged). */
  wallClock: Date;
  /** The instant, when the text carries an offset. */
  instant?: Date;
  hasTime: boolean;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** "+08:00" for 480 minutes east, "Z" for none. */
const offsetText = (minutes: number) =>
  minutes === 0
    ? 'Z'
    : `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;

/**
 * Reads an ISO 8601 date or date-time ("2019-12-29", "2019-12-29T20:30:07+08:00"; lower-case
 * t/z, a decimal comma and "+08" are accepted) or a `Date`. Anything that is not a real date,
 * a year 0000, an offset with more than 59 minutes or beyond ±14:00, gives undefined.
 */
export function parseIsoDate(value: unknown): ParsedDate | undefined {
  const text = value instanceof Date ? localIso(value) : value;
  const match = ISO_8601.exec(typeof text === 'string' ? text.trim() : '');
  if (!match) return undefined;
  const [, y, mo, d, h, mi = '0', s = '0', fraction = '', offset] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h ?? '0', mi, s].map(Number);
  if (year < 1 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59)
    return undefined;
  const wallClock = new Date(0);
  wallClock.setUTCFullYear(year, month - 1, day);
  wallClock.setUTCHours(hour, minute, second, 0);
  // 31 February and the like roll over into the next month: not a real date.
  if (wallClock.getUTCDate() !== day) return undefined;
  let raw = `${y}-${mo}-${d}`;
  if (h === undefined) return { raw, wallClock, hasTime: false };
  raw += `T${h}:${mi}${match[6] ? `:${s}${fraction ? `.${fraction.slice(0, 3)}` : ''}` : ''}`;
  let instant: Date | undefined;
  if (offset) {
    const digits = offset.slice(1).replace(':', '');
    const minutes =
      offset.toUpperCase() === 'Z'
        ? 0
        : (offset[0] === '-' ? -1 : 1) * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
    if (Number(digits.slice(2) || 0) > 59 || Math.abs(minutes) > 14 * 60) return undefined;
    instant = new Date(wallClock.getTime() - minutes * 60_000);
    raw += offsetText(minutes);
  }
  return { raw, wallClock, instant, hasTime: true };
}

/** A Date as ISO text at the reader's own wall clock, with its offset ('' when invalid). */
function localIso(date: Date): string {
  const minutes = -date.getTimezoneOffset();
  const wallClock = new Date(date.getTime() + minutes * 60_000);
  return Number.isNaN(wallClock.getTime()) ? '' : wallClock.toISOString().slice(0, 19) + offsetText(minutes);
}

// A formatter costs far more to make than to use, and a server renders thousands of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  return formatters.get(key) ?? formatters.set(key, new Intl.DateTimeFormat(locale, options)).get(key)!;
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export const isTimeZone = (timeZone: string): boolean => validTimeZone(timeZone) !== undefined;

function validTimeZone(timeZone: string | null | undefined): string | undefined {
  if (!timeZone) return undefined;
  try {
    return formatter('en', { timeZone }).resolvedOptions().timeZone;
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
  const day = formatter(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: inZone,
  });
  if (!date.hasTime) return day.format(shown);
  const time = formatter(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: inZone,
    ...(zone ? { timeZoneName: 'short' } : {}),
  });
  const joiner = locale.startsWith('zh') ? ' ' : ', ';
  return `${day.format(shown)}${joiner}${time.format(shown)}`;
}
