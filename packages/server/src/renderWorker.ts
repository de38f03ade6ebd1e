import { toMinutes } from '@strategy-record/render';
import { engineNamed, type RenderMinutes } from '@strategy-record/render/engines';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { validateRecord } from '@strategy-record/validators';
import { namedTemplate, resolveProfileOption, type MinutesRequest } from './requestOptions.js';

/** What a render worker sends back: the document, whether it is final, and the rule ids found (for the log). */
export interface RenderOutcome {
  readonly document: Uint8Array | string;
  readonly final: boolean;
  readonly ruleIds: readonly string[];
}

// Each engine's code and fonts are loaded once per worker thread, on its first render (see
// RenderPool.warmUp, which renders an empty record in every thread before the service says it is ready).
const renderers = new Map<string, Promise<RenderMinutes>>();

/**
 * One render, run in a worker thread of the service's pool: final validation (the minutes say DRAFT
 * when it fails), the minutes model for the audience, then the engine. The request was checked on the
 * main thread; the profile is resolved again here because a resolved profile does not cross threads.
 */
export async function renderMinutesTask(request: MinutesRequest): Promise<RenderOutcome> {
  const profile = resolveProfileOption(request.profile);
  const template = typeof request.template === 'string' ? namedTemplate(request.template) : request.template;
  const report = validateRecord(request.record, { mode: 'final', ...(profile === undefined ? {} : { profile }) });
  const minutes = toMinutes(request.record as unknown as StrategyDiscussionRecord, {
    audience: request.audience,
    report,
    ...(profile === undefined ? {} : { profile: { id: profile.id, name: profile.name } }),
    ...(template === undefined ? {} : { template }),
  });
  let draw = renderers.get(request.engine);
  if (draw === undefined) {
    draw = engineNamed(request.engine)!.load();
    renderers.set(request.engine, draw);
  }
  return {
    document: await (await draw)(minutes),
    final: minutes.status.final,
    ruleIds: [...new Set(report.findings.map((finding) => finding.ruleId))],
  };
}
