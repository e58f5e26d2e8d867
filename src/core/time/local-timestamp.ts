/**
 * A moment as an ISO 8601 timestamp in the local time of the machine that observed it, with its offset
 * (2019-09-26T07:30:00+08:00), not in UTC: records keep the first ten characters as the day (a copy returned
 * on the morning of 26 September in Beijing came back on the 26th, not the 25th as its UTC time says).
 */
export function localTimestamp(moment: Date): string {
  const pad = (n: number): string => String(Math.abs(n)).padStart(2, "0");
  const offset = -moment.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return (
    `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}` +
    `T${pad(moment.getHours())}:${pad(moment.getMinutes())}:${pad(moment.getSeconds())}` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}
