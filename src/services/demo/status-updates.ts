/**
 * @module The demo firm's status updates: it "started using them" ten days before the end of its year. Earlier
 * moves prepare none (a real firm would have told those people long ago, and a year of unsent updates in the
 * outbox would be no firm's state); the last ten days' moves prepare them as the default rules say, so the demo
 * shows updates waiting in the outbox and proposed to recruiters.
 */
import { defaultStatusRules } from '../../domain/message-templates.ts';
import { statusStages } from '../../domain/messaging.ts';
import { saveFirmStatusRule } from '../../store/message-settings.ts';
import type { Db } from '../context.ts';
import type { Simulation } from './simulation.ts';

const DAY = 86_400_000;
export const STATUS_UPDATES_FOR_DAYS = 10;

export async function holdStatusUpdates(db: Db, firmId: string, adminId: string, now: Date) {
  for (const stage of statusStages) {
    await saveFirmStatusRule(
      db,
      { firmId, stage, mode: 'off', templateKey: defaultStatusRules[stage].templateKey, updatedBy: adminId },
      0,
      now,
    );
  }
}

export function scheduleStatusUpdatesStart(sim: Simulation, firmId: string, adminId: string) {
  sim.schedule(sim.end - STATUS_UPDATES_FOR_DAYS * DAY, async (ctx) => {
    for (const stage of statusStages) {
      await saveFirmStatusRule(
        ctx.store.db,
        { firmId, stage, ...defaultStatusRules[stage], updatedBy: adminId },
        1,
        ctx.clock.now(),
      );
    }
  });
}
