/** @module `waypoint find` and `waypoint history`: the firm's records at the command line. */
import type { Command } from 'commander';
import type { Config } from '../config.ts';
import type { Actor } from '../domain/roles.ts';
import { activityLabels } from '../domain/touchpoint.ts';
import { lookUpCandidate } from '../services/candidate-lookup.ts';
import { getCandidate, getEmploymentHistory } from '../services/candidates.ts';
import type { ServiceContext } from '../services/context.ts';
import { pickFirm } from '../services/firm-setup.ts';
import { search } from '../services/search.ts';
import { candidateTimeline } from '../services/touchpoints.ts';
import { bold, dim, oneLine, table } from './output.ts';
import { withContext } from './with-store.ts';

/**
 * The operator at the command line holds the database itself, so reads run with a firm-wide reading role. This
 * actor is used for reads only: nothing it does is written under its id.
 */
async function operator(ctx: ServiceContext, firm: string | undefined): Promise<Actor> {
  const f = await pickFirm(ctx, firm);
  return {
    userId: '00000000-0000-0000-0000-000000000000',
    firmId: f.id,
    branchId: '00000000-0000-0000-0000-000000000000',
    role: 'admin',
  };
}

const typeLabel = {
  candidate: 'Candidate',
  client: 'Client',
  contact: 'Contact',
  job_order: 'Job order',
} as const;

export function registerReadCommands(program: Command, config: () => Config) {
  program
    .command('find')
    .description(
      'Find candidates, contacts, clients and job orders by any part of a name, email, phone, skill or employer',
    )
    .argument('<text...>', 'what to look for')
    .option('--firm <slug>', 'the firm (when there is more than one)')
    .option('--limit <n>', 'at most this many results', '20')
    .action(async (words: string[], opts: { firm?: string; limit: string }) => {
      const text = words.join(' ');
      const limit = Math.min(50, Math.max(1, Number.parseInt(opts.limit, 10) || 20));
      const hits = await withContext(config(), async (ctx) =>
        search(ctx, await operator(ctx, opts.firm), { q: text, limit }),
      );
      if (hits.items.length === 0) {
        process.stdout.write(`Nothing matches "${text}".\n`);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(
        `${table(hits.items.map((h) => [typeLabel[h.type], h.title, oneLine(h.subtitle, 60), dim(`${h.matchedOn}: ${h.matched}`), dim(h.id)]))}\n`,
      );
    });

  program
    .command('history')
    .description("A candidate's employment history and latest touchpoints, by name, email or phone")
    .argument('<who...>', 'name, email or phone number')
    .option('--firm <slug>', 'the firm (when there is more than one)')
    .option('--touchpoints <n>', 'how many of the latest touchpoints to show', '10')
    .action(async (words: string[], opts: { firm?: string; touchpoints: string }) => {
      const who = words.join(' ');
      const limit = Math.min(200, Math.max(1, Number.parseInt(opts.touchpoints, 10) || 10));
      const out = await withContext(config(), async (ctx) => {
        const actor = await operator(ctx, opts.firm);
        const found = await lookUpCandidate(ctx, actor, who);
        if (found.kind !== 'one') return found;
        const [candidate, history, timeline] = [
          await getCandidate(ctx, actor, found.id),
          await getEmploymentHistory(ctx, actor, found.id),
          await candidateTimeline(ctx, actor, found.id, { limit }),
        ];
        return { kind: 'report' as const, candidate, history, timeline };
      });
      if (out.kind === 'none') {
        process.stderr.write(`No candidate matches "${who}".\n`);
        process.exitCode = 1;
        return;
      }
      if (out.kind === 'many') {
        process.stderr.write(
          `"${who}" matches ${out.hits.length} candidates; be more specific (an email or phone is exact):\n`,
        );
        process.stderr.write(
          `${table(out.hits.map((h) => [h.title, oneLine(h.subtitle, 60), dim(`${h.matchedOn}: ${h.matched}`)]))}\n`,
        );
        process.exitCode = 2;
        return;
      }
      const { candidate: c, history, timeline } = out;
      const lines: string[] = [];
      lines.push(bold(`${c.firstName} ${c.lastName}`) + (c.headline ? ` — ${c.headline}` : ''));
      lines.push(
        dim(
          [
            c.emails[0]?.address,
            c.phones[0]?.number,
            c.city,
            c.status.replace('_', ' '),
            c.owner ? `owner ${c.owner.name}` : null,
          ]
            .filter(Boolean)
            .join(' · '),
        ),
      );
      lines.push('', bold('Employment history'));
      if (history.items.length === 0) lines.push('  (none recorded)');
      lines.push(
        table(
          history.items.map((h) => [
            `  ${h.startDate ?? '?'} – ${h.current ? 'now' : (h.endDate ?? '?')}`,
            h.title,
            h.employer,
            h.origin === 'placement' ? 'placed by us' : '',
            h.payRate !== null ? `${h.payRate.toFixed(2)}/${h.payUnit ?? 'hour'}` : '',
            oneLine(h.reasonForLeaving, 40),
          ]),
        ),
      );
      lines.push('', bold('Latest touchpoints'));
      if (timeline.items.length === 0) lines.push('  (none)');
      lines.push(
        table(
          timeline.items.map((t) => [
            `  ${t.occurredAt.slice(0, 16).replace('T', ' ')}`,
            activityLabels[t.activity],
            t.channel + (t.direction ? ` ${t.direction}` : ''),
            t.actor?.name ?? (t.actorType === 'system' ? 'Waypoint' : 'candidate'),
            oneLine([t.jobOrder?.name, t.summary].filter(Boolean).join(': '), 60),
          ]),
        ),
      );
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
