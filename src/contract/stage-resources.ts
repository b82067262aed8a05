/**
 * @module What the firm shows candidates on their status page at each stage of an application (interview tips,
 * directions, what to bring): a title, an optional web link and an optional short text.
 */
import { z } from 'zod';
import { submissionStatuses } from '../domain/submission.ts';
import { id, optionalText, text, version } from './common.ts';

/** At most this many resources per stage: a status page is read on a phone. */
export const MAX_RESOURCES_PER_STAGE = 20;

const URL_MESSAGE = 'Use a web address that starts with https:// or http://';

/**
 * A link candidates will open: only an absolute http(s) address (never javascript:, data: or a relative path), with
 * no user name or password in it, kept as the browser would read it. Empty clears it.
 */
export const resourceUrl = z
  .string()
  .trim()
  .max(2000, 'At most 2000 characters')
  .transform((value, ctx) => {
    if (value === '') return null;
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: URL_MESSAGE });
      return z.NEVER;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
      ctx.addIssue({ code: 'custom', message: URL_MESSAGE });
      return z.NEVER;
    }
    if (parsed.username || parsed.password) {
      ctx.addIssue({ code: 'custom', message: 'A link must not carry a user name or password' });
      return z.NEVER;
    }
    return parsed.href;
  })
  .nullable()
  .optional();

const resourceFields = {
  stage: z.enum(submissionStatuses),
  title: text(120),
  url: resourceUrl,
  body: optionalText(2000),
  /** Order within the stage, smallest first. */
  position: z.number().int().min(0).max(1000).optional(),
};

export const createStageResourceRequest = z.strictObject(resourceFields);
export type CreateStageResourceRequest = z.input<typeof createStageResourceRequest>;
export type CreateStageResourceInput = z.output<typeof createStageResourceRequest>;

export const updateStageResourceRequest = z.strictObject({
  version,
  stage: resourceFields.stage.optional(),
  title: resourceFields.title.optional(),
  url: resourceFields.url,
  body: resourceFields.body,
  position: resourceFields.position,
});
export type UpdateStageResourceRequest = z.input<typeof updateStageResourceRequest>;
export type UpdateStageResourceInput = z.output<typeof updateStageResourceRequest>;

/** Removing one names the version read, like a change: a resource someone edited meanwhile is not removed blind. */
export const deleteStageResourceQuery = z.strictObject({ version: z.coerce.number().int().min(1) });
export type DeleteStageResourceQuery = z.input<typeof deleteStageResourceQuery>;

export const stageResourceView = z.object({
  id,
  version: z.number().int(),
  stage: z.enum(submissionStatuses),
  title: z.string(),
  url: z.string().nullable(),
  body: z.string().nullable(),
  position: z.number().int(),
  updatedAt: z.string(),
});
export type StageResourceView = z.infer<typeof stageResourceView>;

export const stageResourceList = z.object({
  items: z.array(stageResourceView),
  /** Whether the signed-in user may add, change and remove them (admins). */
  canEdit: z.boolean(),
});
export type StageResourceList = z.infer<typeof stageResourceList>;
