/**
 * @module What the demo firm shows candidates on their status page at each stage: the kind of guidance a staffing
 * firm writes once (what happens next, interview tips, the first day), so the status page and its settings screen
 * show something real from the start.
 */
import type { SubmissionStatus } from '../../domain/submission.ts';
import { insertStageResource } from '../../store/front-door.ts';
import type { Db } from '../context.ts';

const resources: { stage: SubmissionStatus; title: string; url?: string; body: string }[] = [
  {
    stage: 'applied',
    title: 'What happens after you apply',
    body: 'A recruiter reads every application within one business day. If your experience fits, we call you for a short phone screen; if not, we keep your details for the next job that does.',
  },
  {
    stage: 'shortlisted',
    title: 'Get ready for our call',
    body: 'Have your work history at hand (employers, dates, what you did) and the days and shifts you can work.',
  },
  {
    stage: 'submitted',
    title: 'While the employer decides',
    body: 'Employers usually answer within three business days. Keep your phone on: interviews are often the next day.',
  },
  {
    stage: 'client_interview',
    title: 'Interview tips',
    url: 'https://harbor.example/interview-tips',
    body: 'Arrive ten minutes early, bring a photo ID, and ask what a normal day looks like. Call your recruiter right after: we follow up for you.',
  },
  {
    stage: 'placed',
    title: 'Your first day',
    body: 'Bring two forms of ID for your I-9, wear closed-toe shoes, and submit your timesheet every Friday by noon.',
  },
];

export async function seedStageResources(db: Db, firmId: string, at: Date) {
  for (const [position, r] of resources.entries()) {
    await insertStageResource(db, {
      firmId,
      stage: r.stage,
      title: r.title,
      url: r.url ?? null,
      body: r.body,
      position,
      createdAt: at,
      updatedAt: at,
    });
  }
}
