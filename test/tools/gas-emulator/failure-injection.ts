/**
 * Service calls that fail as Google's sometimes do. On a busy or large spreadsheet any call to
 * the Spreadsheet service can throw, and a script stops in the middle of whatever it was writing:
 *
 * - "Service Spreadsheets failed while accessing document with id <id>." (reported against
 *   Apps Script add-ons, e.g. the same error from the Documents service in
 *   https://github.com/alexwforsythe/code-blocks/issues/168, "ScriptError: Service Documents
 *   failed while accessing document with id...");
 * - "Service Spreadsheets timed out while accessing document with id <id>." (the wording of the
 *   same error for a call that ran out of time; Google's reference lists no service errors, so
 *   neither wording comes from a Google page).
 *
 * Both reach the script as an Error in its own realm named 'Exception' (printed "Exception:
 * Service Spreadsheets …"), like every service error the emulator throws (env.fail). Google's
 * quotas page says of its limits: "If you exceed a quota or limitation, your script throws an
 * exception and execution stops" (https://developers.google.com/apps-script/guides/services/quotas).
 *
 * A planned failure counts calls from the moment it is planned: `{ method: 'Range.setValues',
 * nth: 3 }` fails the 3rd Range.setValues call made after failAt(); `{ write: 2 }` fails the 2nd
 * write call of any kind (a write as callSummary() counts it, see call-counter.ts). The failing
 * call is counted and charged like any call, then throws before it changes anything. Each plan
 * fires once. Calls made by test helpers (uncounted, seedSheet, userEdit …) never fail.
 */
import { fail, type Env } from './env';

export type FailureKind = 'failed' | 'timedOut';

interface FailureOptions {
  /** 'failed' (default) or 'timedOut': which of Google's two messages the call throws. */
  kind?: FailureKind;
  /** A message of your own instead of Google's. */
  message?: string;
}

export type FailureSelector =
  ({ method: string; nth?: number } & FailureOptions) | ({ write: number } & FailureOptions);

export interface PlannedFailure {
  /** True once the chosen call has thrown. */
  readonly fired: boolean;
  /** The 'Class.method' that threw, or null while the failure has not fired. */
  readonly call: string | null;
}

interface Plan {
  selector: FailureSelector;
  /** Matching calls still to come before the failing one. */
  remaining: number;
  fired: boolean;
  call: string | null;
}

export function failureMessage(kind: FailureKind, documentId: string): string {
  return kind === 'timedOut'
    ? `Service Spreadsheets timed out while accessing document with id ${documentId}.`
    : `Service Spreadsheets failed while accessing document with id ${documentId}.`;
}

export class FailureInjector {
  private plans: Plan[] = [];

  constructor(
    private readonly env: Env,
    private readonly documentId: () => string,
  ) {}

  plan(selector: FailureSelector): PlannedFailure {
    const nth = 'write' in selector ? selector.write : (selector.nth ?? 1);
    if (!Number.isInteger(nth) || nth < 1)
      throw new Error(`failAt: the call to fail is counted from 1, got ${nth}`);
    const plan: Plan = { selector, remaining: nth, fired: false, call: null };
    this.plans.push(plan);
    return {
      get fired() {
        return plan.fired;
      },
      get call() {
        return plan.call;
      },
    };
  }

  /** Forgets every failure that has not fired. */
  clear(): void {
    this.plans = [];
  }

  /** The call observer: throws when this call is one a plan chose. */
  readonly observe = (name: string, write: boolean): void => {
    let failing: Plan | null = null;
    for (const plan of this.plans) {
      const matches = 'write' in plan.selector ? write : plan.selector.method === name;
      if (!matches) continue;
      plan.remaining--;
      if (plan.remaining === 0 && !failing) failing = plan;
    }
    this.plans = this.plans.filter((plan) => plan.remaining > 0);
    if (!failing) return;
    failing.fired = true;
    failing.call = name;
    fail(
      this.env,
      failing.selector.message ?? failureMessage(failing.selector.kind ?? 'failed', this.documentId()),
    );
  };
}
