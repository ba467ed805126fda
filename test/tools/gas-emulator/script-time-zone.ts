/**
 * The clock a script's own JavaScript sees. In Apps Script a Date's local-time methods
 * (getDate(), getHours(), toString() …) work in the script's time zone — the manifest's
 * `timeZone`, "The script time zone" (https://developers.google.com/apps-script/manifest), what
 * Session.getScriptTimeZone() returns — not in the spreadsheet's and not in UTC. Google's reference
 * does not spell this out for Date; it is what scripts observe: Logger.log of a date read from a
 * cell prints it with the script's offset (e.g. https://pastebin.com/UKwQEiAd: "Mon Jul 16 20:00:00
 * GMT-04:00 2018" for a cell showing 7/17/2018 in a sheet whose zone is ahead of the script's).
 *
 * Node has one time zone per process, read from process.env.TZ whenever it is set, so the loader
 * sets it to the script's zone for as long as bundle code runs and puts it back afterwards.
 */
export function inTimeZone<T>(timeZone: string, run: () => T): T {
  const previous = process.env.TZ;
  process.env.TZ = timeZone;
  try {
    return run();
  } finally {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  }
}
