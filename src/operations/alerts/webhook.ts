/**
 * Posting a fired alert to its rule's webhook: one JSON body (`{ rule, alert }`), a five-second
 * deadline, no retry; the answer's status (or the error) is kept with the firing, so a receiver that
 * was down shows in `orrery alerts`.
 */
import type { AlertFiring, AlertRule } from '../../model/index.js';

export const WEBHOOK_TIMEOUT_MS = 5000;

export async function deliver(
  url: string,
  rule: AlertRule,
  alert: AlertFiring,
): Promise<NonNullable<AlertFiring['delivery']>> {
  try {
    const r = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Orrery-alerts/0.1' },
      body: JSON.stringify({ rule: { id: rule.id, condition: rule.condition }, alert }),
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
      redirect: 'error',
    });
    await r.body?.cancel();
    return { url, status: r.status, ...(r.ok ? {} : { error: `HTTP ${r.status}` }) };
  } catch (error) {
    const e = error as Error & { cause?: { code?: string } };
    return {
      url,
      error:
        e.name === 'TimeoutError' ? `no answer within ${WEBHOOK_TIMEOUT_MS / 1000} s` : (e.cause?.code ?? e.message),
    };
  }
}
